using NJsonSchema;
using NSwag;

namespace Lancens.Contracts.Model.Loading;

internal static class RequestBodyReader
{
    private const string JsonMediaType = "application/json";

    public static RequestBody? Read(OpenApiDocument document, OpenApiOperation operation)
    {
        if (operation.RequestBody is not { } requestBody)
        {
            return null;
        }

        if (!requestBody.Content.TryGetValue(JsonMediaType, out var media) || media.Schema is null)
        {
            throw new SpecificationProblem($"its request body needs an {JsonMediaType} schema");
        }

        var schema = media.Schema.ActualSchema;
        var fields = schema.ActualProperties.Select(property => Field(property.Key, property.Value)).ToList();
        var required = schema.RequiredProperties.ToList();
        var unknown = required.FirstOrDefault(name => fields.All(field => field.Name != name));
        return unknown is null
            ? new RequestBody(SchemaNames.Of(document, schema), fields, required)
            : throw new SpecificationProblem($"its body requires '{unknown}', which it does not define");
    }

    private static RequestField Field(string name, JsonSchemaProperty property)
    {
        var type = property.Type switch
        {
            JsonObjectType.String => FieldType.String,
            JsonObjectType.Integer => FieldType.Integer,
            _ => throw new SpecificationProblem($"body field '{name}' must be a string or an integer"),
        };
        var session = ExtensionValue.Find(property.ExtensionData, "x-lancens-session") is { } marker
            ? SpecWords.Parse<SessionValue>(marker.ToString(), $"body field '{name}' x-lancens-session")
            : SessionValue.None;
        return new RequestField
        {
            Name = name,
            Type = type,
            Required = property.IsRequired,
            Description = property.Description ?? string.Empty,
            MinLength = property.MinLength,
            MaxLength = property.MaxLength,
            AllowedValues = [.. property.Enumeration.Select(value => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture))],
            DefaultValue = property.Default is null ? null : Convert.ToInt64(property.Default, System.Globalization.CultureInfo.InvariantCulture),
            Session = session,
        };
    }
}
