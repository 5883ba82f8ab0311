using System.Text.Json;

namespace Lancens.Contracts.MockServer.Tests.Support;

/// <summary>An answer as a client sees it: status, the media type of its Content-Type (no parameters), and the body text.</summary>
internal sealed record ApiAnswer(int Status, string? MediaType, string Body)
{
    /// <summary>The body's string <c>message</c>; null when the body is no JSON object or has none.</summary>
    public string? Message => Json is { ValueKind: JsonValueKind.Object } json
        && json.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
            ? message.GetString()
            : null;

    /// <summary>The body as JSON; null when it is not JSON.</summary>
    public JsonElement? Json
    {
        get
        {
            try
            {
                using var document = JsonDocument.Parse(Body);
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    public override string ToString() => $"{Status} {MediaType} {(Body.Length > 200 ? Body[..200] + "..." : Body)}";
}
