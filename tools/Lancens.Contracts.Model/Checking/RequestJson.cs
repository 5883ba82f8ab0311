using System.Text.Json;

namespace Lancens.Contracts.Model.Checking;

/// <summary>
/// A request body as the spec's checks read it: a JSON object, or the reason it is not one (too large, unreadable, not
/// JSON, another JSON type, an escaped lone surrogate), by the assumptions malformed-body and request-limits. Never
/// throws on bad input.
/// </summary>
public sealed class RequestJson
{
    private RequestJson(JsonElement? json, string? problem)
    {
        Json = json;
        Problem = problem;
    }

    /// <summary>The body of an operation that takes none: never read, nothing to check.</summary>
    public static RequestJson None { get; } = new(null, null);

    /// <summary>The body when it is a JSON object.</summary>
    public JsonElement? Json { get; }

    /// <summary>Why the body is not a JSON object, for journals; null when it is one.</summary>
    public string? Problem { get; }

    public bool IsObject => Json is not null;

    public bool Has(string field) => Json is { } json && json.TryGetProperty(field, out _);

    public JsonElement? Field(string field) => Json is { } json && json.TryGetProperty(field, out var value) ? value : null;

    /// <summary>A body past the spec's limit (<c>x-lancens-request-limits</c>): no JSON object, whatever it holds.</summary>
    public static RequestJson TooLarge(int maxBytes) => new(null, $"the body is larger than {maxBytes} bytes");

    /// <summary>A body the server could not read to its end (a broken chunked encoding, a short Content-Length).</summary>
    public static RequestJson Unreadable(string reason) => new(null, $"the body could not be read: {reason}");

    /// <summary>A whole body as received: past the spec's limit it is too large, else it is parsed.</summary>
    public static RequestJson Read(ReadOnlySpan<byte> bytes, RequestLimits limits) =>
        bytes.Length > limits.MaxBodyBytes ? TooLarge(limits.MaxBodyBytes) : Parse(bytes);

    /// <summary>Parses a body: one JSON object of Unicode text, nesting at most 64 deep, and nothing after it.</summary>
    public static RequestJson Parse(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
            if (!JsonDocument.TryParseValue(ref reader, out var document))
            {
                return new RequestJson(null, "the body is empty");
            }

            using (document)
            {
                // Anything after the value (a second value, garbage) makes it no JSON at all.
                if (reader.Read())
                {
                    return new RequestJson(null, "the body holds more than one JSON value");
                }

                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return new RequestJson(null, $"the body is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object");
                }

                return IsText(bytes)
                    ? new RequestJson(document.RootElement.Clone(), null)
                    : new RequestJson(null, "a string in the body is no Unicode text (an escaped lone surrogate)");
            }
        }
        catch (JsonException exception)
        {
            return new RequestJson(null, $"the body is not JSON: {exception.Message}");
        }
    }

    // "\ud800" is JSON grammar but no text: reading such a string throws, so the checks could not read the field.
    private static bool IsText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf("\\u"u8) < 0)
        {
            return true;
        }

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                {
                    _ = reader.GetString();
                }
            }

            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public override string ToString() => Problem ?? (IsObject ? "a JSON object" : "no body");
}
