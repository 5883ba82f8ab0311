using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lancens.Contracts.Model.Checking;

/// <summary>
/// What a query must answer after a registration, field by field, read from the spec (the assumption
/// record-reflects-registration): each property the record schema lists carries the value sent, else the register
/// body's default for that field (any value of its type where that default only stands in for one no document gives:
/// bundleid-default), else is absent; the user-id property is the id login answered. The contract suite's journeys and
/// the proxy compare records here.
/// </summary>
public static class RecordExpectation
{
    /// <summary>Every way the record differs from what <paramref name="registered"/> (the fields sent) leads to expect; empty when it is that record.</summary>
    /// <param name="userId">The user id login answered; null when unknown, and then the record's own is not compared.</param>
    public static IReadOnlyList<string> Mismatches(ApiSpecification spec, string resource, ObservedResponse record, JsonObject registered, long? userId)
    {
        var schema = spec.OperationFor(EffectAction.Query, resource).Success.Schema;
        var registerFields = spec.OperationFor(EffectAction.Register, resource).Body!.Fields;
        JsonObject answered;
        try
        {
            answered = JsonNode.Parse(record.Body)?.AsObject() ?? [];
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return [$"the record is not a JSON object: {record.Body}"];
        }

        var mismatches = new List<string>();
        foreach (var name in schema.PropertyNames)
        {
            var present = answered.TryGetPropertyValue(name, out var actual);
            var field = registerFields.FirstOrDefault(candidate => candidate.Name == name);
            if (!registered.ContainsKey(name) && field is { DefaultStandsIn: true })
            {
                if (!present || !IsHostsOwnDefault(field, actual))
                {
                    mismatches.Add($"{name}: expected the host's own default, any {(field.Type == FieldType.String ? "non-empty string" : "integer")} (nothing sent), got {(present ? actual?.ToJsonString() ?? "null" : "no value")}");
                }

                continue;
            }

            var expected = schema.SessionProperties.GetValueOrDefault(name) == SessionPart.UserId
                ? (userId is { } id ? JsonValue.Create(id) : actual?.DeepClone())
                : registered.TryGetPropertyValue(name, out var sent) ? sent?.DeepClone()
                : field?.Default is { } fallback ? JsonNode.Parse(fallback.GetRawText())
                : null;
            if (expected is null && present)
            {
                mismatches.Add($"{name}: expected no value (nothing sent, no default), got {actual?.ToJsonString() ?? "null"}");
            }
            else if (expected is not null && !JsonNode.DeepEquals(expected, actual))
            {
                mismatches.Add($"{name}: expected {expected.ToJsonString()}, got {(present ? actual?.ToJsonString() ?? "null" : "no value")}");
            }
        }

        return mismatches;
    }

    // What a host may answer where the spec's default only stands in for its own (RequestField.DefaultStandsIn): any
    // value of the field's type; a string, not the empty one.
    private static bool IsHostsOwnDefault(RequestField field, JsonNode? actual) =>
        actual is JsonValue value
            && value.TryGetValue<JsonElement>(out var element)
            && field.HasTypeOf(element)
            && (element.ValueKind != JsonValueKind.String || element.GetString() is { Length: > 0 });
}
