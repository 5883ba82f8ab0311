using System.Text;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Generators.Catalog;

/// <summary>docs/errors.http: one ready request per documented response, in the REST Client / JetBrains HTTP client format.</summary>
internal static class ErrorCatalogHttpFile
{
    public static string Render(ApiSpecification spec, IReadOnlyList<CatalogEntry> entries)
    {
        var loggedInToken = LoggedInToken(spec);
        var text = new StringBuilder();
        text.AppendLine("# Lancens user API: one request per documented response, against the local mock (lancens serve).");
        text.AppendLine("# Generated from spec/lancens-user-api.yaml by `lancens generate`; do not edit. See errors.md.");
        text.AppendLine("# Send the login request first: the requests that need a session use its token through a REST Client");
        text.AppendLine($"# named-request variable ({loggedInToken}); in the JetBrains HTTP client, paste the token instead.");
        text.AppendLine($"# Forced errors carry {MockControl.ErrorHeader}; a comment gives the `lancens arm` command that makes the");
        text.AppendLine("# next request answer the same without the header. A logout ends the token, so its requests come last.");
        text.AppendLine();
        text.AppendLine($"@baseUrl = {MockDefaults.LocalBaseUrl(spec)}");
        foreach (var (name, value) in AccountExamples(spec))
        {
            text.AppendLine($"@{name} = {value}");
        }

        var login = ActionsFor(spec);
        text.AppendLine();
        text.AppendLine("### Log in: the session of every request below");
        text.AppendLine("# @name login");
        text.Append(Request(spec, login.Login().Request, loggedInToken));
        // A logout ends the session every other request uses, so its requests come last.
        foreach (var entry in entries.OrderBy(entry => entry.Operation.Effect.Action == EffectAction.Logout))
        {
            foreach (var (purpose, setup) in Setup(login, entry.Reproduction))
            {
                text.AppendLine();
                text.AppendLine($"### {entry.Operation.Id}: {entry.Response.Status} {entry.Example.Name}, first {purpose}");
                text.Append(Request(spec, setup, loggedInToken));
            }

            text.AppendLine();
            text.AppendLine($"### {entry.Operation.Id}: {entry.Response.Status} {entry.Example.Name} ({Trigger(entry)})");
            if (entry.Error is { } error && entry.Reproduction.Kind == CheckKind.Forced)
            {
                text.AppendLine($"# without the header: {MockControl.ArmCommand(error)}");
            }

            text.Append(Request(spec, entry.Reproduction.Request, loggedInToken));
        }

        return text.ToString();
    }

    // Made-up keys are fine: the catalog only needs valid requests, and its fixed seed keeps the file stable.
    private static ActionRequests ActionsFor(ApiSpecification spec) => new(spec, new TestValues(CatalogGenerator.CatalogSeed));

    // What a reproduction needs the session to hold first: its registration, or nothing registered.
    private static IEnumerable<(string Purpose, ScenarioRequest Request)> Setup(ActionRequests actions, ContractScenario scenario)
    {
        if (scenario.Given.Registered is { } registered)
        {
            yield return ($"register the {registered.Resource} push token it acts on", actions.Register(registered.Resource, registered.PushToken).Request);
        }

        if (scenario.Given.Cleared is { } cleared)
        {
            yield return ($"clear the {cleared} push token", actions.Clear(cleared).Request);
        }
    }

    // The variables for the account fields, with the spec's own examples: what login sends.
    private static IEnumerable<(string Name, string Value)> AccountExamples(ApiSpecification spec) =>
        spec.OperationFor(EffectAction.Login).Body!.Fields.Where(field => field.Session != SessionPart.None)
            .Select(field => (Variable(field.Session), field.Example?.GetString() ?? throw new InvalidOperationException($"login's {field.Name} has no example")));

    private static string Variable(SessionPart part) => RequestPlaceholders.For(part).Trim('{', '}');

    private static string Trigger(CatalogEntry entry) =>
        entry.Error is null ? "success" : $"{SpecWords.Of(entry.Error.Trigger)}: {entry.Reproduction.Condition}";

    // A REST Client request variable: the token of the file's login request, read from the property that carries it.
    private static string LoggedInToken(ApiSpecification spec)
    {
        return $"{{{{login.response.body.$.{spec.LoginAnswer.TokenProperty}}}}}";
    }

    private static string Request(ApiSpecification spec, ScenarioRequest request, string loggedInToken)
    {
        var text = new StringBuilder();
        text.AppendLine($"{request.Method.Method} {{{{baseUrl}}}}{request.Path[spec.BasePath.Length..]}");
        foreach (var (name, value) in request.Headers)
        {
            text.AppendLine($"{name}: {WithLoginToken(value, loggedInToken)}");
        }

        if (request.Body is not null)
        {
            text.AppendLine($"Content-Type: {request.ContentType}");
            text.AppendLine();
            text.AppendLine(WithLoginToken(request.Body, loggedInToken));
        }

        return text.ToString();
    }

    private static string WithLoginToken(string text, string loggedInToken) => text.Replace(RequestPlaceholders.Token, loggedInToken, StringComparison.Ordinal);
}
