namespace Lancens.Contracts.Model;

/// <summary>A JSON request body; extra fields are always accepted.</summary>
/// <param name="Fields">In the order the schema lists its properties.</param>
/// <param name="RequiredOrder">The required fields, in the order of the schema's <c>required</c> list.</param>
public sealed record RequestBody(string SchemaName, IReadOnlyList<RequestField> Fields, IReadOnlyList<string> RequiredOrder)
{
    public RequestField Field(string name) =>
        Fields.SingleOrDefault(field => field.Name == name)
        ?? throw new KeyNotFoundException($"The body {SchemaName} has no field '{name}'.");
}
