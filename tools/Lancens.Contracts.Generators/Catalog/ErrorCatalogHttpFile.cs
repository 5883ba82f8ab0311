using System.Text;
using Lancens.Contracts.Model;
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
        text.AppendLine($"@baseUrl = http://127.0.0.1:8080{spec.BasePath}");
        text.AppendLine("@token = 6f1c2a0e9b7d4f3a8c5e1d2b7a9f0c3e");
        text.AppendLine("@username = doorbell_user");
        text.AppendLine("@password = s3cret-pass");
        foreach (var entry in entries)
        {
            text.AppendLine();
            text.AppendLine($"### {entry.Operation.Id}: {entry.Response.Status} {entry.Example.Name} ({Trigger(entry)})");
            text.Append(Request(spec, entry.Reproduction));
        }

        return text.ToString();
    }

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
