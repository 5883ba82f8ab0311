using System.Text.Json;

namespace Lancens.Contracts.Model.Checking;

/// <summary>
/// A request body as the spec's checks read it: a JSON object, or the reason it is not one (too large, unreadable, not
/// JSON, another JSON type). Made from the bytes a client sent; never throws on bad input. The engine and the proxy read
/// bodies here, so both judge a body by the same rule.
/// </summary>
public sealed class JsonBody
{
    // Deeper than any body of the spec; a deeper one is no body a client of the API sends.
    private const int MaxDepth = 64;

    private JsonBody(JsonElement? json, string? problem, bool overLimit = false)
    {
        Json = json;
        Problem = problem;
        OverLimit = overLimit;
    }

    /// <summary>The body of an operation that takes none: never read, nothing to check.</summary>
    public static JsonBody None { get; } = new(null, null);

    /// <summary>The body when it is a JSON object.</summary>
    public JsonElement? Json { get; }

    /// <summary>Why the body is not a JSON object, for journals and reports; null when it is one.</summary>
    public string? Problem { get; }

    /// <summary>Whether the body is larger than the spec's limit (<c>x-lancens-request-limits</c>).</summary>
    public bool OverLimit { get; }

    public bool IsObject => Json is not null;

    public bool Has(string field) => Json is { } json && json.TryGetProperty(field, out _);

    public JsonElement? Field(string field) => Json is { } json && json.TryGetProperty(field, out var value) ? value : null;

    /// <summary>A body past the spec's limit, refused before it is read to the end.</summary>
    public static JsonBody TooLarge(int maxBytes) => new(null, $"the body is larger than {maxBytes} bytes", overLimit: true);

    /// <summary>A body that could not be read (a broken chunked encoding, a body shorter than its Content-Length).</summary>
    public static JsonBody Unreadable(string reason) => new(null, $"the body could not be read: {reason}");

    /// <summary>The body a client sent, judged whole: past <paramref name="maxBytes"/> it is too large, whatever it holds.</summary>
    public static JsonBody Parse(ReadOnlySpan<byte> bytes, int maxBytes)
    {
        if (bytes.Length > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth });
            if (!JsonDocument.TryParseValue(ref reader, out var document))
            {
                return new JsonBody(null, "the body is empty");
            }

            using (document)
            {
                // Anything after the value (a second value, garbage) makes it no JSON at all.
                if (reader.Read())
                {
                    return new JsonBody(null, "the body holds more than one JSON value");
                }

                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return new JsonBody(null, $"the body is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object");
                }

                return IsText(bytes)
                    ? new JsonBody(document.RootElement.Clone(), null)
                    : new JsonBody(null, "a string in the body is no Unicode text (an escaped lone surrogate)");
            }
        }
        catch (JsonException exception)
        {
            return new JsonBody(null, $"the body is not JSON: {exception.Message}");
        }
    }

    // "\ud800" is JSON grammar but no text: reading such a string throws, so the checks could not read the field.
    private static bool IsText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf("\\u"u8) < 0)
        {
            return true;
        }

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth });
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

    public override string ToString() => Problem ?? (Json is null ? "no body" : "a JSON object");
}
