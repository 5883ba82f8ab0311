using NSwag;

namespace Lancens.Contracts.Model.Loading;

/// <summary>The spec's top-level extensions: validation order, unknown-route answer, assumptions.</summary>
internal static class DocumentExtensionsReader
{
    public static IReadOnlyList<ErrorCategory> ValidationOrder(OpenApiDocument document)
    {
        const string Name = "x-lancens-validation-order";
        var token = ExtensionValue.Find(document.ExtensionData, Name) ?? throw new SpecificationProblem($"{Name} is missing");
        var order = ExtensionValue.StringList(token, Name).Select(word => SpecWords.Parse<ErrorCategory>(word, Name)).ToList();
        return order.Distinct().Count() == order.Count
            ? order
            : throw new SpecificationProblem($"{Name} lists a category twice");
    }

    public static UnknownRoute UnknownRoute(OpenApiDocument document)
    {
        const string Name = "x-lancens-unknown-route";
        var token = ExtensionValue.Find(document.ExtensionData, Name) ?? throw new SpecificationProblem($"{Name} is missing");
        var status = ExtensionValue.Object(token, Name)["status"]?.ToObject<int?>()
            ?? throw new SpecificationProblem($"{Name} has no integer 'status'");
        return new UnknownRoute(
            status,
            ExtensionValue.RequiredString(token, "message", Name),
            ExtensionValue.RequiredString(token, "description", Name));
    }

    public static IReadOnlyList<Assumption> Assumptions(OpenApiDocument document)
    {
        const string Name = "x-assumptions";
        var token = ExtensionValue.Find(document.ExtensionData, Name) ?? throw new SpecificationProblem($"{Name} is missing");
        return [.. ExtensionValue.Array(token, Name).Select((entry, index) =>
        {
            var where = $"{Name}[{index}]";
            return new Assumption(
                ExtensionValue.RequiredString(entry, "id", where),
                ExtensionValue.RequiredString(entry, "decision", where),
                ExtensionValue.RequiredString(entry, "evidence", where),
                ExtensionValue.StringList(ExtensionValue.Object(entry, where)["operations"] ?? new Newtonsoft.Json.Linq.JArray(), $"{where}.operations"),
                ExtensionValue.RequiredString(entry, "check", where));
        })];
    }
}
