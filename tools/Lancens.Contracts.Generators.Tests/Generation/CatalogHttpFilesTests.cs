using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lancens.Contracts.Generators.Catalog;
using Lancens.Contracts.Generators.Files;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Generators.Tests.Generation;

/// <summary>
/// The QA catalog's .http files, one per client: the same titled requests in the same order, each in its client's
/// documented syntax for the session token, the checks and the base URL. CI sends the httpyac and JetBrains files
/// with httpyac; for the REST Client file these tests are the check (REST Client has no command line).
/// </summary>
public sealed partial class CatalogHttpFilesTests
{
    private static readonly ApiSpecification Spec = RepositorySpec.Specification;
    private static readonly IReadOnlyList<GeneratedFile> Files = CatalogGenerator.Generate(Spec);

    private static string Content(string path) => Files.Single(file => file.RelativePath == path).Content;

    private static IReadOnlyList<CatalogHttpFileParts> Requests(string fileName) => CatalogHttpFileParts.Of(Content($"docs/http/{fileName}"));

    [Fact]
    public void HttpFiles_OnePerClient_SendTheSameTitledRequestsInTheSameOrder()
    {
        // Each client's own reference to the login's token, as its documentation spells it.
        var files = new Dictionary<string, string>
        {
            ["errors.httpyac.http"] = "{{login.token}}",
            ["errors.rest-client.http"] = "{{login.response.body.$.token}}",
            ["errors.jetbrains.http"] = "{{token}}",
        };

        var requests = files.ToDictionary(
            file => file.Key,
            file => Requests(file.Key).Select(part => $"### {part.Title}\n{string.Join('\n', part.Request)}".Replace(file.Value, "<token>", StringComparison.Ordinal)).ToList());

        requests["errors.httpyac.http"].Count.ShouldBeGreaterThan(Spec.DocumentedResponses.Count);
        requests["errors.rest-client.http"].ShouldBe(requests["errors.httpyac.http"]);
        requests["errors.jetbrains.http"].ShouldBe(requests["errors.httpyac.http"]);
        requests["errors.httpyac.http"].Count(request => request.Contains("<token>", StringComparison.Ordinal)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void HttpFiles_EveryTitle_NamesTheAnswerOfItsOwnRequest()
    {
        var requests = Requests("errors.httpyac.http");
        var answers = Spec.DocumentedResponses.ToDictionary(answer => answer.Key.ToString());

        foreach (var request in requests)
        {
            var title = Title().Match(request.Title);
            title.Success.ShouldBeTrue(request.Title);
            var answer = answers[$"{title.Groups["operation"].Value} {title.Groups["status"].Value} {title.Groups["example"].Value}"];
            // A set-up register is titled with the register's own 201, not with the status of the row it prepares.
            request.RequestLine.ShouldMatch($"^{answer.Operation.Method.Method} {Regex.Escape("{{baseUrl}}")}{RouteOf(answer.Operation)}$", request.Title);
        }

        var reproductions = requests.Where(request => request.Title.EndsWith(')') && !request.Title.Contains("(set-up for ", StringComparison.Ordinal)).ToList();
        reproductions.Count.ShouldBe(Spec.DocumentedResponses.Count + 1, "one per documented response, and the login that opens the session");
        requests.Where(request => request.Title.Contains("(set-up for ", StringComparison.Ordinal)).Select(request => request.Title)
            .ShouldContain("registerRingPushToken: 201 success (set-up for getRingPushToken: 200 record: register the ring push token it acts on)");
        requests[0].Title.ShouldBe("login: 201 logged_in (the session every request below uses)");
        requests.SkipWhile(request => !request.Title.StartsWith("logout: ", StringComparison.Ordinal))
            .ShouldAllBe(request => request.Title.StartsWith("logout: ", StringComparison.Ordinal), "a logout ends the session: its rows come last");
    }

    [Fact]
    public void HttpyacFile_EveryRequest_AssertsItsTitledStatusAndErrorText()
    {
        var requests = Requests("errors.httpyac.http");

        foreach (var request in requests)
        {
            request.After.ShouldContain($"?? status == {Title().Match(request.Title).Groups["status"].Value}", request.Title);
        }

        foreach (var error in Spec.ErrorCatalog)
        {
            requests.Where(request => request.Title.StartsWith($"{error.OperationId}: {error.Status} {error.ExampleName} (", StringComparison.Ordinal))
                .ShouldHaveSingleItem().After.ShouldContain($"?? body message == {error.Message}");
        }
    }

    [Fact]
    public void HttpyacFile_TheLoginIsNamed_AndEveryRequestWithTheSessionRefersToIt()
    {
        var requests = Requests("errors.httpyac.http");

        requests[0].Comments.ShouldContain("# @name login");
        requests.Count(request => request.Comments.Contains("# @name login")).ShouldBe(1);
        foreach (var request in requests.Skip(1))
        {
            var usesSession = request.Request.Any(line => line.Contains("{{login.token}}", StringComparison.Ordinal));
            request.Comments.Contains("# @ref login").ShouldBe(usesSession, request.Title);
        }
    }

    [Fact]
    public void RestClientFile_TheLoginIsNamed_AndTheTokenIsItsRequestVariable_WithoutChecksItCannotRead()
    {
        var requests = Requests("errors.rest-client.http");

        requests[0].Comments.ShouldContain("# @name login");
        // REST Client's reference syntax: {{requestName.(response|request).(body|headers).(*|JSONPath|XPath|Header Name)}}.
        var references = requests.SelectMany(request => request.Request).SelectMany(line => Variables().Matches(line)).Select(match => match.Value)
            .Where(variable => variable.Contains('.', StringComparison.Ordinal)).Distinct().ToList();
        references.ShouldBe([$"{{{{login.response.body.$.{Spec.LoginAnswer.TokenProperty}}}}}"]);
        requests.ShouldAllBe(request => request.After.Count == 0, "REST Client has no assertions: a ?? line or a handler would be sent as body");
    }

    [Fact]
    public void JetBrainsFile_TheLoginHandlerKeepsTheToken_AndEveryHandlerTestsTheTitledStatus()
    {
        var requests = Requests("errors.jetbrains.http");

        requests[0].After.ShouldContain($"    client.global.set(\"token\", response.body.{Spec.LoginAnswer.TokenProperty});");
        requests.Skip(1).ShouldAllBe(request => !request.After.Any(line => line.Contains("client.global.set", StringComparison.Ordinal)));
        foreach (var request in requests)
        {
            var status = Title().Match(request.Title).Groups["status"].Value;
            request.After[0].ShouldBe("> {%", request.Title);
            request.After[^1].ShouldBe("%}", request.Title);
            request.After.ShouldContain($"        client.assert(response.status === {status}, \"expected {status}, got \" + response.status);", request.Title);
        }

        var noData = requests.First(request => request.Title.StartsWith("getRingPushToken: 404 no_data_error (", StringComparison.Ordinal));
        noData.After.ShouldContain("        client.assert(response.body.message === \"no data error\", \"expected no data error, got \" + response.body.message);");
    }

    [Fact]
    public void HttpFiles_TheBaseUrl_IsNoFileVariable_AndEachClientsSettingsGiveTheLocalMock()
    {
        var local = MockDefaults.LocalBaseUrl(Spec);

        foreach (var file in Files.Where(file => file.RelativePath.EndsWith(".http", StringComparison.Ordinal)))
        {
            // httpyac and REST Client rank a file variable above --var and their environments: it could not be overridden.
            file.Content.ShouldNotContain("\n@baseUrl", customMessage: file.RelativePath);
            CatalogHttpFileParts.Of(file.Content).ShouldAllBe(request => request.RequestLine.Contains(" {{baseUrl}}/user/", StringComparison.Ordinal));
        }

        ((string?)JsonNode.Parse(Content("docs/http/.httpyac.json"))!["environments"]!["$default"]!["baseUrl"]).ShouldBe(local);
        ((string?)JsonNode.Parse(Content("docs/http/http-client.env.json"))!["local"]!["baseUrl"]).ShouldBe(local);
        ((string?)JsonNode.Parse(Content("docs/http/.vscode/settings.json"))!["rest-client.environmentVariables"]!["$shared"]!["baseUrl"]).ShouldBe(local);
    }

    [Fact]
    public void HttpFiles_ForcedErrors_CarryTheHeaderAndTheArmCommand()
    {
        foreach (var fileName in new[] { "errors.httpyac.http", "errors.rest-client.http", "errors.jetbrains.http" })
        {
            var requests = Requests(fileName);
            foreach (var error in Spec.ErrorCatalog.Where(error => error.Trigger == ErrorTrigger.Forced))
            {
                var request = requests.Single(request => request.Title.StartsWith($"{error.OperationId}: {error.Status} {error.ExampleName} (", StringComparison.Ordinal));
                request.Request.ShouldContain($"{MockControl.ErrorHeader}: {error.Message}");
                request.Comments.ShouldContain($"# without the header: {MockControl.ArmCommand(error)}");
            }
        }
    }

    private static string RouteOf(ApiOperation operation) =>
        string.Join('/', operation.PathTemplate[Spec.BasePath.Length..].Split('/').Select(segment => segment.StartsWith('{') ? "[^/]+" : Regex.Escape(segment)));

    // "getRingPushToken: 404 no_data_error (...)": every title starts with the answer its own request must get.
    [GeneratedRegex(@"^(?<operation>\w+): (?<status>\d{3}) (?<example>\w+) \(.+\)$")]
    private static partial Regex Title();

    [GeneratedRegex(@"\{\{[^}]+\}\}")]
    private static partial Regex Variables();
}
