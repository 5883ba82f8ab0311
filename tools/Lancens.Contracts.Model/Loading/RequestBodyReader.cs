using NJsonSchema;
using NSwag;

namespace Lancens.Contracts.Model.Loading;

internal static class RequestBodyReader
{
    public static RequestBody? Read(OpenApiDocument document, OpenApiOperation operation)
    {
        if (operation.RequestBody is not { } requestBody)
        {
            return null;
        }

        if (!requestBody.Content.TryGetValue(MediaTypes.Json, out var media) || media.Schema is null)
        {
            throw new SpecificationProblem($"its request body needs an {MediaTypes.Json} schema");
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
        var standsIn = ExtensionValue.Find(property.ExtensionData, "x-lancens-default-stands-in")?.ToObject<bool?>() ?? false;
        if (standsIn && property.Default is null)
        {
            throw new SpecificationProblem($"body field '{name}' is x-lancens-default-stands-in but has no default");
        }

        var session = ExtensionValue.Find(property.ExtensionData, "x-lancens-session") is { } marker
            ? SpecWords.Parse<SessionPart>(marker.ToString(), $"body field '{name}' x-lancens-session")
            : SessionPart.None;
        return new RequestField
        {
            Name = name,
            Type = type,
            Required = property.IsRequired,
            Description = property.Description ?? string.Empty,
            MinLength = property.MinLength,
            MaxLength = property.MaxLength,
            AllowedValues = [.. property.Enumeration.Select(value => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture))],
            Default = JsonOf(property.Default),
            DefaultStandsIn = standsIn,
            Example = JsonOf(property.Example),
            Session = session,
        };
    }

    // NSwag hands schema values over as Newtonsoft tokens or CLR values; the model exposes System.Text.Json ones.
    private static System.Text.Json.JsonElement? JsonOf(object? value) =>
        value is null ? null : System.Text.Json.JsonDocument.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(value)).RootElement.Clone();
}
