using Lancens.Contracts.Generators.Catalog.Clients;
using Lancens.Contracts.Generators.Files;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Generators.Catalog;

/// <summary>
/// The QA catalog, derived from the spec and its scenarios: docs/errors.md, and its requests as one .http file per
/// client in docs/http/, each with the file that gives that client the base URL by default.
/// </summary>
public static class CatalogGenerator
{
    public const string MarkdownPath = "docs/errors.md";
    public const string HttpDirectory = "docs/http";

    // A fixed seed keeps the committed files stable; the values only need to be valid.
    internal const int CatalogSeed = 1;

    /// <summary>httpyac first: the client CI sends the files with.</summary>
    internal static IReadOnlyList<IHttpClientDialect> Clients { get; } = [new HttpyacDialect(), new RestClientDialect(), new JetBrainsDialect()];

    /// <summary>The file CI and the serve banner send with httpyac.</summary>
    public static string HttpyacFilePath => HttpFilePath(Clients[0]);

    public static IReadOnlyList<GeneratedFile> Generate(ApiSpecification spec)
    {
        var entries = CatalogEntry.All(spec, ScenarioCatalog.For(spec, CatalogSeed));
        var requests = CatalogRequest.InSendingOrder(spec, entries);
        return
        [
            new GeneratedFile(MarkdownPath, ErrorCatalogMarkdown.Render(spec, entries)),
            .. Clients.Select(client => new GeneratedFile(HttpFilePath(client), CatalogHttpFile.Render(spec, client, [.. Clients.Except([client])], requests))),
            .. Clients.Select(client => client.BaseUrlDefault(spec)),
        ];
    }

    internal static string HttpFilePath(IHttpClientDialect client) => $"{HttpDirectory}/{client.FileName}";
}
