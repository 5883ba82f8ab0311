using System.Net;
using System.Text.Json;

namespace Lancens.Contracts.ContractTests.Running;

/// <summary>A response as the checks see it; the body is already scrubbed of secrets.</summary>
/// <param name="ContentType">The Content-Type header as sent, or null when there was none.</param>
internal sealed record ApiResponse(HttpStatusCode StatusCode, string Body, string? ContentType)
{
    public int Status => (int)StatusCode;

    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>The body's <c>message</c>, or null when the body is not a JSON object with a string message.</summary>
    public string? Message => StringProperty("message");

    public string? StringProperty(string name) => Property(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>A top-level property of a JSON object body, or null.</summary>
    public JsonElement? Property(string name)
    {
        try
        {
            using var json = JsonDocument.Parse(Body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(name, out var value) ? value.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public override string ToString() => $"{Status} {Body}";
}
