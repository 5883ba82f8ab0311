using System.Text;
using Bogus;

namespace Lancens.Contracts.MockServer.Tests.Fuzz;

/// <summary>
/// Requests the HTTP server refuses before any routing, each breaking HTTP/1.1 (RFC 9112) or a server limit: a NUL in
/// the path, bytes a header may not hold, no Host, an unknown version, too many or too large headers, a broken
/// request line or Content-Length. The spec answers all of them with <c>x-lancens-request-limits</c>.
/// </summary>
internal static class FuzzRefusals
{
    private static readonly string[] Kinds =
    [
        "NUL in the path", "NUL in the path (HttpClient)", "NUL in a header", "non-ASCII header value", "bad header name", "no Host", "two Hosts",
        "unknown HTTP version", "too many headers", "request line too long", "header section too large", "bad Content-Length",
        "raw non-ASCII path", "obsolete line folding", "CONNECT", "transfer coding not chunked", "malformed request line", "target not a path",
    ];

    private static readonly float[] Weights = [0.09f, 0.09f, 0.07f, 0.07f, 0.07f, 0.05f, 0.05f, 0.05f, 0.04f, 0.03f, 0.01f, 0.07f, 0.06f, 0.05f, 0.03f, 0.05f, 0.07f, 0.05f];

    public static (string Label, FuzzRequest Request) Any(Randomizer random, string knownPath, string method)
    {
        var kind = random.WeightedRandom(Kinds, Weights);
        string[] host = ["Host: 127.0.0.1"];
        var nulPath = Insert(random, knownPath, "%00");
        byte[] bytes = kind switch
        {
            "NUL in the path" => Raw($"{method} {nulPath} HTTP/1.1", host),
            "NUL in the path (HttpClient)" => [],
            "NUL in a header" => Raw($"{method} {knownPath} HTTP/1.1", [.. host, "X-Fuzz: a\0b"]),
            "non-ASCII header value" => Raw($"{method} {knownPath} HTTP/1.1", [.. host, $"X-Fuzz: caf\u00e9 \u00ff{random.AlphaNumeric(3)}"]),
            "bad header name" => Raw($"{method} {knownPath} HTTP/1.1", [.. host, random.ArrayElement(["X Fuzz: v", ": v", "X-Fuzz\u00e9: v", "X-Fuzz : v"])]),
            "no Host" => Raw($"{method} {knownPath} HTTP/1.1", []),
            "two Hosts" => Raw($"{method} {knownPath} HTTP/1.1", [.. host, "Host: example.com"]),
            "unknown HTTP version" => Raw($"{method} {knownPath} {random.ArrayElement(["HTTP/9.9", "HTTP/1.2", "HTTP/3.0", "HTTPS/1.1", "http/1.1"])}", host),
            "too many headers" => Raw($"{method} {knownPath} HTTP/1.1", [.. host, .. Enumerable.Range(0, random.Int(1_001, 1_300)).Select(index => $"X-Fuzz-{index}: v")]),
            "request line too long" => Raw($"{method} {knownPath}?q={new string('q', random.Int(65 * 1024, 80 * 1024))} HTTP/1.1", host),
            "header section too large" => Raw($"{method} {knownPath} HTTP/1.1", [.. host, $"X-Fuzz: {new string('h', 1024 * 1024 + random.Int(1, 1024))}"]),
            "bad Content-Length" => Raw($"POST {knownPath} HTTP/1.1", [.. host, .. random.ArrayElement<string[]>([["Content-Length: abc"], ["Content-Length: -1"], ["Content-Length: 1, 2"], ["Content-Length: 2", "Content-Length: 3"], ["Content-Length: 99999999999999999999"]])], "{}"),
            "raw non-ASCII path" => Raw($"{method} {Insert(random, knownPath, "令牌")} HTTP/1.1", host, encoding: Encoding.UTF8),
            "obsolete line folding" => Raw($"{method} {knownPath} HTTP/1.1", [.. host, "X-Fuzz: first", " folded"]),
            "CONNECT" => Raw($"CONNECT 127.0.0.1:{random.Int(1, 65535)} HTTP/1.1", host),
            "transfer coding not chunked" => Raw($"POST {knownPath} HTTP/1.1", [.. host, random.ArrayElement(["Transfer-Encoding: gzip", "Transfer-Encoding: chunked, gzip", "Transfer-Encoding: identity"])], "{}"),
            "malformed request line" => Encoding.Latin1.GetBytes(random.ArrayElement([$"{method} {knownPath}\r\nHost: x\r\n\r\n", $"{method}  {knownPath} HTTP/1.1\r\nHost: x\r\n\r\n", $"G@T {knownPath} HTTP/1.1\r\nHost: x\r\n\r\n", $"{method} {knownPath} HTTP/1.1 extra\r\nHost: x\r\n\r\n", $"GE\0T {knownPath} HTTP/1.1\r\nHost: x\r\n\r\n"])),
            _ => Raw($"{method} {random.ArrayElement([knownPath.TrimStart('/'), "?x=1", "#frag", "*/x", "\\v1\\api"])} HTTP/1.1", host),
        };

        return kind == "NUL in the path (HttpClient)"
            ? ($"refused: {kind}", new FuzzRequest(method, nulPath, [], null, null))
            : ($"refused: {kind}", new FuzzRequest(method, knownPath, [], null, null, bytes));
    }

    private static string Insert(Randomizer random, string path, string text)
    {
        var at = random.Int(1, path.Length);
        return path[..at] + text + path[at..];
    }

    private static byte[] Raw(string requestLine, string[] headers, string? body = null, Encoding? encoding = null)
    {
        var text = $"{requestLine}\r\n{string.Concat(headers.Select(header => header + "\r\n"))}Connection: close\r\n{(body is null ? "" : $"Content-Type: application/json\r\n")}\r\n{body}";
        return (encoding ?? Encoding.Latin1).GetBytes(text);
    }
}
