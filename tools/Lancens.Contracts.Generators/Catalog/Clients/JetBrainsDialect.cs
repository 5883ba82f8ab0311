using System.Text.Json.Nodes;
using Lancens.Contracts.Generators.Files;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Generators.Catalog.Clients;

/// <summary>
/// The JetBrains HTTP client (the IDEs and ijhttp): a response handler keeps the login's token as a global variable
/// (<c>client.global.set</c>), read as <c>{{token}}</c>, and tests each answer (<c>client.test</c>). The base URL comes
/// from an environment in http-client.env.json, which httpyac also reads and runs these handlers of.
/// </summary>
internal sealed class JetBrainsDialect : IHttpClientDialect
{
    public const string EnvironmentFileName = "http-client.env.json";
    public const string EnvironmentName = "local";

    // The global variable the login's handler sets: the name the scenarios' requests already use for the token.
    private static readonly string TokenVariable = RequestPlaceholders.Token.Trim('{', '}');

    public string FileName => "errors.jetbrains.http";

    public string ClientName => "the JetBrains HTTP client";

    public IEnumerable<string> Usage(ApiSpecification spec) =>
    [
        $"Run with the \"{EnvironmentName}\" environment ({EnvironmentFileName}: baseUrl = {MockDefaults.LocalBaseUrl(spec)}), or one of",
        "yours with its own baseUrl (http-client.private.env.json, which git ignores), then Run All Requests in File;",
        $"from a terminal: ijhttp --env-file {EnvironmentFileName} --env {EnvironmentName} {FileName}.",
        $"The login's response handler keeps its token (client.global.set); the others send {TokenReference(spec)}.",
        "Each request's handler tests the status its title names (and an error's text).",
    ];

    public string TokenReference(ApiSpecification spec) => RequestPlaceholders.Token;

    public IEnumerable<string> Before(CatalogRequest request) => [];

    public IEnumerable<string> After(ApiSpecification spec, CatalogRequest request)
    {
        var status = request.Expected.Response.Status;
        yield return "> {%";
        if (request.OpensSession)
        {
            yield return $"    client.global.set({JsonText.Literal(TokenVariable)}, response.body.{spec.LoginAnswer.TokenProperty});";
        }

        yield return $"    client.test({JsonText.Literal($"{status} {request.Expected.Example.Name}")}, function () {{";
        yield return $"        client.assert(response.status === {status}, \"expected {status}, got \" + response.status);";
        if (request.ExpectedMessage is { } message)
        {
            var expected = JsonText.Literal(message);
            yield return $"        client.assert(response.body.{CatalogRequest.MessageProperty} === {expected}, {JsonText.Literal($"expected {message}, got ")} + response.body.{CatalogRequest.MessageProperty});";
        }

        yield return "    });";
        yield return "%}";
    }

    public GeneratedFile BaseUrlDefault(ApiSpecification spec) => new(
        $"{CatalogGenerator.HttpDirectory}/{EnvironmentFileName}",
        JsonText.Settings(new JsonObject
        {
            [EnvironmentName] = new JsonObject { [CatalogHttpFile.BaseUrl] = MockDefaults.LocalBaseUrl(spec) },
        }));
}
