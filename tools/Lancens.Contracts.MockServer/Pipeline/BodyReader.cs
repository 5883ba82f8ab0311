using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Lancens.Contracts.MockServer.Pipeline;

/// <summary>
/// A request body read once, up to the spec's limit: a JSON object, or the reason it is not one (too large, unreadable,
/// not JSON, another JSON type). Never throws on bad input.
/// </summary>
internal sealed class RequestBody
{
    private RequestBody(JsonElement? json, string? problem)
    {
        Json = json;
        Problem = problem;
    }

    /// <summary>The body of an operation that takes none: never read, nothing to check.</summary>
    public static RequestBody None { get; } = new(null, null);

    /// <summary>The body when it is a JSON object.</summary>
    public JsonElement? Json { get; }

    /// <summary>Why the body is not a JSON object, for the journal; null when it is one.</summary>
    public string? Problem { get; }

    public bool IsObject => Json is not null;

    public bool Has(string field) => Json is { } json && json.TryGetProperty(field, out _);

    public JsonElement? Field(string field) => Json is { } json && json.TryGetProperty(field, out var value) ? value : null;

    public static async Task<RequestBody> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return new RequestBody(null, $"the body is larger than {maxBytes} bytes");
        }

        byte[]? rented = null;
        try
        {
            rented = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes + 1, (int?)request.ContentLength + 1 ?? 4096));
            var length = 0;
            while (true)
            {
                if (length == rented.Length)
                {
                    if (length > maxBytes)
                    {
                        return new RequestBody(null, $"the body is larger than {maxBytes} bytes");
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes + 1, rented.Length * 2));
                    rented.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(rented);
                    rented = larger;
                }

                var read = await request.Body.ReadAsync(rented.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return length > maxBytes ? new RequestBody(null, $"the body is larger than {maxBytes} bytes") : Parse(rented.AsSpan(0, length));
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException exception)
        {
            // A broken chunked encoding or a body that stops short of its Content-Length.
            return new RequestBody(null, $"the body could not be read: {exception.Message}");
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static RequestBody Parse(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
            if (!JsonDocument.TryParseValue(ref reader, out var document))
            {
                return new RequestBody(null, "the body is empty");
            }

            using (document)
            {
                // Anything after the value (a second value, garbage) makes it no JSON at all.
                if (reader.Read())
                {
                    return new RequestBody(null, "the body holds more than one JSON value");
                }

                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return new RequestBody(null, $"the body is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object");
                }

                return IsText(bytes)
                    ? new RequestBody(document.RootElement.Clone(), null)
                    : new RequestBody(null, "a string in the body is no Unicode text (an escaped lone surrogate)");
            }
        }
        catch (JsonException exception)
        {
            return new RequestBody(null, $"the body is not JSON: {exception.Message}");
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
}
