using System.Text.Json.Nodes;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Mock.Mappings;

/// <summary>
/// WireMock <c>matchesJsonSchema</c> body patterns, one per natural check. Each schema starts with
/// <c>"type": "object"</c>: without it WireMock validates an unparseable body as a JSON string, so a
/// schema of only <c>required</c> would match garbage. Lengths are in code points, as the spec counts them.
/// </summary>
internal static class BodySchemas
{
    public static JsonObject IsObject() => Pattern(new JsonObject { ["type"] = "object" });

    public static JsonObject Missing(RequestField field) => Pattern(new JsonObject
    {
        ["type"] = "object",
        ["not"] = new JsonObject { ["required"] = new JsonArray(field.Name) },
    });

    public static JsonObject WrongType(RequestField field) => Pattern(Property(field, new JsonObject
    {
        ["not"] = new JsonObject { ["type"] = JsonType(field) },
    }));

    public static JsonObject OutsideLength(RequestField field)
    {
        var rule = new JsonObject();
        if (field.MinLength is { } min)
        {
            rule["minLength"] = min;
        }

        if (field.MaxLength is { } max)
        {
            rule["maxLength"] = max;
        }

        return Pattern(Property(field, new JsonObject { ["type"] = "string", ["not"] = rule }));
    }

    public static JsonObject OutsideValues(RequestField field) => Pattern(Property(field, new JsonObject
    {
        ["type"] = JsonType(field),
        ["not"] = new JsonObject { ["enum"] = new JsonArray([.. field.AllowedValues.Select(value => (JsonNode)value)]) },
    }));

    private static JsonObject Property(RequestField field, JsonObject rule) => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray(field.Name),
        ["properties"] = new JsonObject { [field.Name] = rule },
    };

    private static string JsonType(RequestField field) => field.Type == FieldType.Integer ? "integer" : "string";

    private static JsonObject Pattern(JsonObject schema) => new()
    {
        ["matchesJsonSchema"] = schema,
        ["schemaVersion"] = "V202012",
    };
}
