using NJsonSchema;
using NSwag;

namespace Lancens.Contracts.Model.Loading;

internal static class SchemaNames
{
    /// <summary>The component name a schema is defined under; every body schema in the spec is a component.</summary>
    public static string Of(OpenApiDocument document, JsonSchema schema) =>
        document.Components.Schemas.FirstOrDefault(pair => ReferenceEquals(pair.Value.ActualSchema, schema.ActualSchema)).Key
        ?? throw new SpecificationProblem("every body schema must be a $ref to components/schemas");
}
