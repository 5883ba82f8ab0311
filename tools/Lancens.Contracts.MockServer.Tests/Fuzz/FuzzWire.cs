using System.Globalization;
using System.Text;
using Bogus;

namespace Lancens.Contracts.MockServer.Tests.Fuzz;

/// <summary>
/// A request written out as bytes for a raw socket, the ways a hand-made or odd client writes one that the HTTP
/// server still accepts: plain, chunked, bare line feeds, HTTP/1.0, a control character in a header, absolute-form.
/// </summary>
internal static class FuzzWire
{
    public static readonly string[] Accepted = ["plain", "chunked", "broken chunks", "bare line feeds", "HTTP/1.0", "control character in a header", "absolute-form"];

    public static byte[] Write(Randomizer random, FuzzRequest request, string variant)
    {
        var lineEnd = variant == "bare line feeds" ? "\n" : "\r\n";
        var version = variant == "HTTP/1.0" ? "HTTP/1.0" : "HTTP/1.1";
        var target = variant == "absolute-form" ? "http://127.0.0.1" + request.Target : request.Target;
        var head = new StringBuilder($"{request.Method} {target} {version}{lineEnd}Host: 127.0.0.1{lineEnd}Connection: close{lineEnd}");
        foreach (var (name, value) in request.Headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}{lineEnd}");
        }

        if (variant == "control character in a header")
        {
            head.Append(CultureInfo.InvariantCulture, $"X-Fuzz-Control: a\u0001b\u001fc\u007f{lineEnd}");
        }

        if (request.ContentType is not null)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Type: {request.ContentType}{lineEnd}");
        }

        var body = request.Body ?? [];
        byte[] encoded;
        switch (variant)
        {
            case "chunked":
                head.Append(CultureInfo.InvariantCulture, $"Transfer-Encoding: chunked{lineEnd}");
                encoded = Chunked(random, body);
                break;
            case "broken chunks":
                head.Append(CultureInfo.InvariantCulture, $"Transfer-Encoding: chunked{lineEnd}");
                // Each is refused as soon as it is read, so no request waits for bytes that never come.
                encoded = Encoding.ASCII.GetBytes(random.ArrayElement(["zz\r\nabc\r\n0\r\n\r\n", "3\r\nabcX\r\n0\r\n\r\n", "-1\r\n\r\n", "0x3\r\nabc\r\n0\r\n\r\n", "3\r\nabc\r\n0\r\nbad trailer\r\n\r\n"]));
                break;
            default:
                head.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}{lineEnd}");
                encoded = body;
                break;
        }

        head.Append(lineEnd);
        return [.. Encoding.Latin1.GetBytes(head.ToString()), .. encoded];
    }

    private static byte[] Chunked(Randomizer random, byte[] body)
    {
        var output = new List<byte>();
        for (var at = 0; at < body.Length;)
        {
            var size = Math.Min(body.Length - at, random.Int(1, 4096));
            output.AddRange(Encoding.ASCII.GetBytes($"{size:x}\r\n"));
            output.AddRange(body.AsSpan(at, size));
            output.AddRange("\r\n"u8);
            at += size;
        }

        output.AddRange("0\r\n\r\n"u8);
        return [.. output];
    }
}
