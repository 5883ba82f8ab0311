using System.Text;
using System.Text.Json.Nodes;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Generators.Catalog;

/// <summary>docs/errors.http: one ready request per documented response, in the REST Client / JetBrains HTTP client format.</summary>
internal static class ErrorCatalogHttpFile
{
    public static string Render(ApiSpecification spec, IReadOnlyList<CatalogEntry> entries)
    {
        var text = new StringBuilder();
        text.AppendLine("# Lancens user API: one request per documented response, against the local mock.");
        text.AppendLine("# Generated from spec/lancens-user-api.yaml by `lancens generate`; do not edit. See errors.md.");
        text.AppendLine("# The mock accepts any token; against a real host, log in first and paste the token below.");
        text.AppendLine();
        text.AppendLine($"@baseUrl = {MockDefaults.LocalBaseUrl(spec)}");
        foreach (var (name, value) in SessionExamples(spec))
        {
            text.AppendLine($"@{name} = {value}");
        }

        foreach (var entry in entries)
        {
            text.AppendLine();
            text.AppendLine($"### {entry.Operation.Id}: {entry.Response.Status} {entry.Example.Name} ({Trigger(entry)})");
            text.Append(Request(spec, entry.Reproduction));
        }

        return text.ToString();
    }

    // The variables the requests use, with the spec's own examples: login's token and its account fields.
    private static IEnumerable<(string Name, string Value)> SessionExamples(ApiSpecification spec)
    {
        var login = spec.OperationFor(EffectAction.Login);
        var loggedIn = JsonNode.Parse(login.SuccessAnswer.Example.Json)!;
        var tokenProperty = login.Success.Schema.SessionProperties.Single(property => property.Value == SessionPart.Token).Key;
        yield return (Variable(SessionPart.Token), loggedIn[tokenProperty]!.GetValue<string>());
        foreach (var field in login.Body!.Fields.Where(field => field.Session != SessionPart.None))
        {
            yield return (Variable(field.Session), field.Example?.GetString() ?? throw new InvalidOperationException($"login's {field.Name} has no example"));
        }
    }

    private static string Variable(SessionPart part) => RequestPlaceholders.For(part).Trim('{', '}');

    private static string Trigger(CatalogEntry entry) =>
        entry.Error is null ? "success" : $"{SpecWords.Of(entry.Error.Trigger)}: {entry.Reproduction.Condition}";

    private static string Request(ApiSpecification spec, ContractScenario scenario)
    {
        var request = scenario.Request;
        var text = new StringBuilder();
        text.AppendLine($"{request.Method.Method} {{{{baseUrl}}}}{request.Path[spec.BasePath.Length..]}");
        foreach (var (name, value) in request.Headers)
        {
            text.AppendLine($"{name}: {value}");
        }

        if (request.Body is not null)
        {
            text.AppendLine($"Content-Type: {request.ContentType}");
            text.AppendLine();
            text.AppendLine(request.Body);
        }

        return text.ToString();
    }
}
