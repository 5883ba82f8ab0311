using System.Text.Json;

namespace Lancens.Contracts.Model.Checking;

/// <summary>An answer as a client received it: the status, the Content-Type header as sent (null when absent) and the body.</summary>
public sealed record ObservedResponse(int Status, string? ContentType, string Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>The body's <c>message</c>, or null when the body is not a JSON object with a string message.</summary>
    public string? Message => Property("message") is { ValueKind: JsonValueKind.String } message ? message.GetString() : null;

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
