using System.Text;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Generators.Catalog.Clients;

/// <summary>
/// One client's .http file of the QA catalog: the same requests in the same order for every client, each under a
/// title that names the answer it must get, in that client's syntax for the session token and the checks.
/// </summary>
internal static class CatalogHttpFile
{
    /// <summary>The variable every request's URL starts with; never a file variable, so each client's environments override it.</summary>
    public const string BaseUrl = "baseUrl";

    /// <summary>The name of the login request whose answer holds the session token.</summary>
    public const string SessionName = "login";

    public static string Render(ApiSpecification spec, IHttpClientDialect dialect, IReadOnlyList<IHttpClientDialect> others, IReadOnlyList<CatalogRequest> requests)
    {
        var text = new StringBuilder();
        text.AppendLine("# Lancens user API: one request per documented response, against the local mock (lancens serve).");
        text.AppendLine("# Generated from spec/lancens-user-api.yaml by `lancens generate`; do not edit. See ../errors.md.");
        text.AppendLine($"# For {dialect.ClientName}. The same requests, in the same order:");
        foreach (var other in others)
        {
            text.AppendLine($"#   for {other.ClientName}: {other.FileName}");
        }


        foreach (var line in dialect.Usage(spec))
        {
            text.AppendLine($"# {line}");
        }

        text.AppendLine($"# Forced errors carry {MockControl.ErrorHeader}; a comment gives the `lancens arm` command that makes the");
        text.AppendLine("# next request answer the same without the header. A logout ends the token, so its requests come last.");
        text.AppendLine();
        foreach (var (name, value) in AccountExamples(spec))
        {
            text.AppendLine($"@{name} = {value}");
        }

        foreach (var request in requests)
        {
            text.AppendLine();
            text.AppendLine($"### {request.Title}");
            foreach (var note in request.Notes)
            {
                text.AppendLine($"# {note}");
            }

            foreach (var line in dialect.Before(request))
            {
                text.AppendLine(line);
            }

            text.Append(Request(spec, request.Request, dialect.TokenReference(spec)));
            var after = dialect.After(spec, request).ToList();
            if (after.Count > 0)
            {
                text.AppendLine();
                after.ForEach(line => text.AppendLine(line));
            }
        }

        return text.ToString();
    }

    // The variables for the account fields, with the spec's own examples: what login sends.
    private static IEnumerable<(string Name, string Value)> AccountExamples(ApiSpecification spec) =>
        spec.OperationFor(EffectAction.Login).Body!.Fields.Where(field => field.Session != SessionPart.None)
            .Select(field => (Variable(field.Session), field.Example?.GetString() ?? throw new InvalidOperationException($"login's {field.Name} has no example")));

    private static string Variable(SessionPart part) => RequestPlaceholders.For(part).Trim('{', '}');

    private static string Request(ApiSpecification spec, ScenarioRequest request, string token)
    {
        var text = new StringBuilder();
        text.AppendLine($"{request.Method.Method} {{{{{BaseUrl}}}}}{request.Path[spec.BasePath.Length..]}");
        foreach (var (name, value) in request.Headers)
        {
            text.AppendLine($"{name}: {WithToken(value, token)}");
        }

        if (request.Body is not null)
        {
            text.AppendLine($"Content-Type: {request.ContentType}");
            text.AppendLine();
            text.AppendLine(WithToken(request.Body, token));
        }

        return text.ToString();
    }

    private static string WithToken(string text, string token) => text.Replace(RequestPlaceholders.Token, token, StringComparison.Ordinal);
}
