using System.Text.Json.Nodes;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Generators.Mappings;

/// <summary>
/// WireMock <c>matchesJsonSchema</c> body patterns: one for a fully valid body, one per natural check. Each
/// schema starts with <c>"type": "object"</c>: without it WireMock validates an unparseable body as a JSON
/// string, so a schema of only <c>required</c> would match garbage. Lengths count code points, as the spec does.
/// </summary>
internal static class BodySchemas
{
    public static JsonObject IsObject() => Pattern(new JsonObject { ["type"] = "object" });

    /// <summary>Every rule of the body at once: what lets a valid request meet its answer before any error check.</summary>
    public static JsonObject Valid(RequestBody body)
    {
        var properties = new JsonObject();
        foreach (var field in body.Fields)
        {
            var rule = new JsonObject { ["type"] = JsonType(field) };
            foreach (var (name, value) in LengthRule(field))
            {
                rule[name] = value!.DeepClone();
            }

            if (field.AllowedValues.Count > 0)
            {
                rule["enum"] = Values(field);
            }

            properties[field.Name] = rule;
        }

        return Pattern(new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray([.. body.RequiredOrder.Select(name => (JsonNode)name)]),
            ["properties"] = properties,
        });
    }

    public static JsonObject Missing(RequestField field) => Pattern(new JsonObject
    {
        ["type"] = "object",
        ["not"] = new JsonObject { ["required"] = new JsonArray(field.Name) },
    });

    public static JsonObject WrongType(RequestField field) => Pattern(Property(field, new JsonObject
    {
        ["not"] = new JsonObject { ["type"] = JsonType(field) },
    }));

    public static JsonObject OutsideLength(RequestField field) =>
        Pattern(Property(field, new JsonObject { ["type"] = "string", ["not"] = LengthRule(field) }));

    public static JsonObject OutsideValues(RequestField field) => Pattern(Property(field, new JsonObject
    {
        ["type"] = JsonType(field),
        ["not"] = new JsonObject { ["enum"] = Values(field) },
    }));

    private static JsonObject LengthRule(RequestField field)
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

        return rule;
    }

    private static JsonArray Values(RequestField field) => new([.. field.AllowedValues.Select(value => (JsonNode)value)]);

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
