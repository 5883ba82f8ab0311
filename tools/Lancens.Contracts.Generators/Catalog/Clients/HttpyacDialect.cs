using System.Text.Json.Nodes;
using Lancens.Contracts.Generators.Files;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Generators.Catalog.Clients;

/// <summary>
/// httpyac, its CLI and its VS Code extension: a named request's parsed body is a variable (<c>{{login.token}}</c>),
/// <c># @ref</c> sends the named request first when it has not been sent, and <c>??</c> lines assert on the answer.
/// A file variable would outrank <c>--var</c>, so the base URL's default comes from the configuration's
/// <c>$default</c> environment, which any chosen environment or <c>--var baseUrl=URL</c> replaces.
/// </summary>
internal sealed class HttpyacDialect : IHttpClientDialect
{
    public const string ConfigFileName = ".httpyac.json";

    public string FileName => "errors.httpyac.http";

    public string ClientName => "httpyac (its CLI and VS Code extension)";

    public IEnumerable<string> Usage(ApiSpecification spec) =>
    [
        $"Send it all, from this folder: npm ci, then npx httpyac send {FileName} --all. Each request asserts the",
        "status its title names (and an error's text) with ?? lines; httpyac exits non-zero when one fails.",
        $"baseUrl is {MockDefaults.LocalBaseUrl(spec)} ({ConfigFileName}, when no environment is chosen);",
        $"--var baseUrl=URL overrides it, as does an environment (--env {JetBrainsDialect.EnvironmentName} reads {JetBrainsDialect.EnvironmentFileName}).",
        $"The login request is named (# @name {CatalogHttpFile.SessionName}): the others send {TokenReference(spec)}; their",
        $"\"# @ref {CatalogHttpFile.SessionName}\" sends the login first when one of them is sent on its own.",
    ];

    public string TokenReference(ApiSpecification spec) => $"{{{{{CatalogHttpFile.SessionName}.{spec.LoginAnswer.TokenProperty}}}}}";

    public IEnumerable<string> Before(CatalogRequest request) =>
        request.OpensSession ? [$"# @name {CatalogHttpFile.SessionName}"]
        : request.UsesSession ? [$"# @ref {CatalogHttpFile.SessionName}"]
        : [];

    public IEnumerable<string> After(ApiSpecification spec, CatalogRequest request)
    {
        yield return $"?? status == {request.Expected.Response.Status}";
        if (request.ExpectedMessage is { } message)
        {
            yield return $"?? body {CatalogRequest.MessageProperty} == {message}";
        }
    }

    public GeneratedFile BaseUrlDefault(ApiSpecification spec) => new(
        $"{CatalogGenerator.HttpDirectory}/{ConfigFileName}",
        JsonText.Settings(new JsonObject
        {
            ["environments"] = new JsonObject { ["$default"] = new JsonObject { [CatalogHttpFile.BaseUrl] = MockDefaults.LocalBaseUrl(spec) } },
        }));
}
