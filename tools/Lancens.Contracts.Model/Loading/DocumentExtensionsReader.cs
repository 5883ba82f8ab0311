using Newtonsoft.Json.Linq;
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
        return CheckOrder.Checked(order, Name);
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

    public static RealClient RealClient(OpenApiDocument document)
    {
        const string Name = "x-lancens-real-client";
        var token = ExtensionValue.Find(document.ExtensionData, Name) ?? throw new SpecificationProblem($"{Name} is missing");
        var extras = ExtensionValue.Object(token, Name)["extra-fields"] as JObject ?? throw new SpecificationProblem($"{Name} needs a mapping 'extra-fields'");
        var empty = ExtensionValue.Object(token, Name)["empty-optional-strings"]?.ToObject<bool?>()
            ?? throw new SpecificationProblem($"{Name} needs a boolean 'empty-optional-strings'");
        return new RealClient(
            ExtensionValue.RequiredString(token, "token-header", Name),
            ExtensionValue.RequiredString(token, "content-type", Name),
            extras.Properties().ToDictionary(
                property => property.Name,
                property => System.Text.Json.JsonDocument.Parse(property.Value.ToString(Newtonsoft.Json.Formatting.None)).RootElement.Clone()),
            empty);
    }

    public static IReadOnlyList<Assumption> Assumptions(OpenApiDocument document)
    {
        const string Name = "x-assumptions";
        var token = ExtensionValue.Find(document.ExtensionData, Name) ?? throw new SpecificationProblem($"{Name} is missing");
        return [.. ExtensionValue.Array(token, Name).Select((entry, index) =>
        {
            var where = $"{Name}[{index}]";
            var id = ExtensionValue.RequiredString(entry, "id", where);
            var verifiedBy = ExtensionValue.Object(entry, where)["verified-by"] ?? throw new SpecificationProblem($"{where} ({id}) has no 'verified-by'");
            return new Assumption(
                id,
                ExtensionValue.RequiredString(entry, "decision", where),
                ExtensionValue.RequiredString(entry, "evidence", where),
                ExtensionValue.StringList(ExtensionValue.Object(entry, where)["operations"] ?? new JArray(), $"{where}.operations"),
                ExtensionValue.RequiredString(entry, "check", where),
                [.. ExtensionValue.StringList(verifiedBy, $"{where}.verified-by").Select(text => Selector(text, $"{where} ({id}) verified-by"))]);
        })];
    }

    public static RequestLimits RequestLimits(OpenApiDocument document)
    {
        const string Name = "x-lancens-request-limits";
        var token = ExtensionValue.Find(document.ExtensionData, Name) ?? throw new SpecificationProblem($"{Name} is missing");
        int Number(string key) => ExtensionValue.Object(token, Name)[key]?.ToObject<int?>() ?? throw new SpecificationProblem($"{Name} has no integer '{key}'");
        return new RequestLimits(Number("max-body-bytes"), Number("status"), ExtensionValue.RequiredString(token, "message", Name));
    }

    // "kind=natural category=length field=push_token": every filter must match a check.
    private static CheckSelector Selector(string text, string where)
    {
        var filters = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(filter => filter.Split('=', 2)).ToList();
        var unknown = filters.FirstOrDefault(pair => pair.Length != 2 || pair[0] is not ("kind" or "category" or "field" or "journey"));
        if (filters.Count == 0 || unknown is not null)
        {
            throw new SpecificationProblem($"{where}: '{text}' must be filters key=value with the keys kind, category, field, journey");
        }

        string? Value(string key) => filters.LastOrDefault(pair => pair[0] == key)?[1];
        return new CheckSelector(
            Value("kind") is { } kind ? SpecWords.Parse<CheckKind>(kind, where) : null,
            Value("category") is { } category ? SpecWords.Parse<ErrorCategory>(category, where) : null,
            Value("field"),
            Value("journey"));
    }
}
