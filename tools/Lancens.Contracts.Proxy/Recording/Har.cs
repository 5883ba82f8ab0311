using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lancens.Contracts.Proxy.Recording;

/// <summary>
/// HAR 1.2 (what browser devtools, Charles and Fiddler open): one entry per exchange, with the proxy's own facts under
/// <c>_lancens</c> (the exchange's number, the full body lengths, why the upstream gave no answer). Written from masked
/// exchanges only, and read back into them for <c>lancens verdicts</c> and <c>lancens replay</c>.
/// </summary>
internal static class Har
{
    public const string Version = "1.2";

    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Entry(MaskedExchange exchange, Uri upstreamRoot)
    {
        var url = new Uri(upstreamRoot, exchange.Target.StartsWith('/') ? exchange.Target : "/" + exchange.Target);
        var request = new JsonObject
        {
            ["method"] = exchange.Method,
            ["url"] = url.OriginalString,
            ["httpVersion"] = "HTTP/1.1",
            ["cookies"] = new JsonArray(),
            ["headers"] = Headers(exchange.RequestHeaders),
            ["queryString"] = Query(url),
            ["headersSize"] = -1,
            ["bodySize"] = exchange.RequestBodyLength,
        };
        if (exchange.RequestBodyLength > 0)
        {
            request["postData"] = new JsonObject { ["mimeType"] = exchange.RequestHeader("Content-Type") ?? string.Empty, ["text"] = exchange.RequestBody };
        }

        var response = new JsonObject
        {
            ["status"] = exchange.Status,
            ["statusText"] = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(exchange.Status),
            ["httpVersion"] = "HTTP/1.1",
            ["cookies"] = new JsonArray(),
            ["headers"] = Headers(exchange.ResponseHeaders),
            ["content"] = new JsonObject { ["size"] = exchange.ResponseBodyLength, ["mimeType"] = exchange.ResponseHeader("Content-Type") ?? string.Empty, ["text"] = exchange.ResponseBody },
            ["redirectURL"] = exchange.ResponseHeader("Location") ?? string.Empty,
            ["headersSize"] = -1,
            ["bodySize"] = exchange.ResponseBodyLength,
        };
        var lancens = new JsonObject { ["number"] = exchange.Number, ["target"] = exchange.Target, ["requestBodyLength"] = exchange.RequestBodyLength };
        if (exchange.UpstreamFailure is { } failure)
        {
            lancens["upstreamFailure"] = failure;
        }

        return new JsonObject
        {
            ["startedDateTime"] = exchange.Started.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            ["time"] = Math.Round(exchange.Milliseconds, 3),
            ["request"] = request,
            ["response"] = response,
            ["cache"] = new JsonObject(),
            ["timings"] = new JsonObject { ["send"] = 0, ["wait"] = Math.Round(exchange.Milliseconds, 3), ["receive"] = 0 },
            ["_lancens"] = lancens,
        };
    }

    /// <summary>The head of a recording, with no entries yet.</summary>
    public static string Head(string creatorVersion) =>
        new JsonObject
        {
            ["log"] = new JsonObject
            {
                ["version"] = Version,
                ["creator"] = new JsonObject { ["name"] = "lancens proxy", ["version"] = creatorVersion },
                ["entries"] = new JsonArray(),
            },
        }.ToJsonString(Json);

    /// <summary>Every entry of a recording, in order.</summary>
    /// <exception cref="FormatException">The file is no HAR.</exception>
    public static IReadOnlyList<MaskedExchange> Read(string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"not a HAR file (no JSON: {exception.Message})", exception);
        }

        if (root is not JsonObject whole || whole["log"] is not JsonObject log || log["entries"] is not JsonArray entries)
        {
            throw new FormatException("not a HAR file (no log.entries)");
        }

        try
        {
            return [.. entries.OfType<JsonObject>().Select((entry, index) => FromEntry(entry, index + 1))];
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException or NullReferenceException or UriFormatException)
        {
            throw new FormatException($"a HAR entry lacks what a recording of lancens proxy holds: {exception.Message}", exception);
        }
    }

    private static MaskedExchange FromEntry(JsonObject entry, int index)
    {
        var request = entry["request"]!.AsObject();
        var response = entry["response"]!.AsObject();
        var lancens = entry["_lancens"] as JsonObject;
        var url = new Uri(request["url"]!.GetValue<string>());
        var target = lancens?["target"]?.GetValue<string>() ?? url.PathAndQuery;
        var requestBody = request["postData"]?["text"]?.GetValue<string>() ?? string.Empty;
        var responseBody = response["content"]?["text"]?.GetValue<string>() ?? string.Empty;
        return new MaskedExchange(
            lancens?["number"]?.GetValue<long>() ?? index,
            DateTimeOffset.Parse(entry["startedDateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture),
            entry["time"]?.GetValue<double>() ?? 0,
            request["method"]!.GetValue<string>(),
            target,
            ReadHeaders(request["headers"]),
            requestBody,
            lancens?["requestBodyLength"]?.GetValue<long>() ?? System.Text.Encoding.UTF8.GetByteCount(requestBody),
            response["status"]!.GetValue<int>(),
            ReadHeaders(response["headers"]),
            responseBody,
            response["bodySize"]?.GetValue<long>() ?? System.Text.Encoding.UTF8.GetByteCount(responseBody),
            lancens?["upstreamFailure"]?.GetValue<string>());
    }

    private static JsonArray Headers(IEnumerable<HeaderLine> headers) =>
        [.. headers.Select(header => (JsonNode)new JsonObject { ["name"] = header.Name, ["value"] = header.Value })];

    private static List<HeaderLine> ReadHeaders(JsonNode? headers) =>
        headers is JsonArray array ? [.. array.OfType<JsonObject>().Select(header => new HeaderLine(header["name"]!.GetValue<string>(), header["value"]?.GetValue<string>() ?? string.Empty))] : [];

    private static JsonArray Query(Uri url) =>
        [.. url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=', 2)).Select(pair =>
            (JsonNode)new JsonObject { ["name"] = Uri.UnescapeDataString(pair[0]), ["value"] = pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : string.Empty })];
}
