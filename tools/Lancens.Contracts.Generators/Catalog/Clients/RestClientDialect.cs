using System.Text.Json.Nodes;
using Lancens.Contracts.Generators.Files;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Generators.Catalog.Clients;

/// <summary>
/// The VS Code REST Client (humao.rest-client): a named request's answer is read as
/// <c>{{login.response.body.$.token}}</c> once it has been sent; it sends one request at a time and asserts nothing.
/// Its file variables outrank its environments, so the base URL comes from <c>rest-client.environmentVariables</c>:
/// the <c>$shared</c> environment (used with "No Environment" too) of the folder's own workspace settings, which an
/// environment of the user's overrides. They sit beside the file, never at the root of someone's project, where
/// <c>lancens generate</c> would overwrite the user's own editor settings.
/// </summary>
internal sealed class RestClientDialect : IHttpClientDialect
{
    public const string SettingsPath = CatalogGenerator.HttpDirectory + "/.vscode/settings.json";

    public string FileName => "errors.rest-client.http";

    public string ClientName => "the VS Code REST Client";

    public IEnumerable<string> Usage(ApiSpecification spec) =>
    [
        "REST Client sends one request at a time: send them top to bottom (Send Request above each) and compare each",
        "answer with the status its title names; REST Client has no assertions.",
        $"The login request is named (# @name {CatalogHttpFile.SessionName}): the others send its token as {TokenReference(spec)},",
        "so send the login first.",
        $"baseUrl comes from REST Client's environments: opened as a VS Code folder, {CatalogGenerator.HttpDirectory} gives",
        $"{MockDefaults.LocalBaseUrl(spec)} in $shared (.vscode/settings.json; No Environment uses it too); in another",
        "workspace, or to point elsewhere, an environment of yours in rest-client.environmentVariables with its own baseUrl",
        "(Ctrl+Alt+E switches).",
    ];

    public string TokenReference(ApiSpecification spec) => $"{{{{{CatalogHttpFile.SessionName}.response.body.$.{spec.LoginAnswer.TokenProperty}}}}}";

    public IEnumerable<string> Before(CatalogRequest request) => request.OpensSession ? [$"# @name {CatalogHttpFile.SessionName}"] : [];

    public IEnumerable<string> After(ApiSpecification spec, CatalogRequest request) => [];

    public GeneratedFile BaseUrlDefault(ApiSpecification spec) => new(
        SettingsPath,
        JsonText.Settings(new JsonObject
        {
            ["rest-client.environmentVariables"] = new JsonObject { ["$shared"] = new JsonObject { [CatalogHttpFile.BaseUrl] = MockDefaults.LocalBaseUrl(spec) } },
        }));
}
