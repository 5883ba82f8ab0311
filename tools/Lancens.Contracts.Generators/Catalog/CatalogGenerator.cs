using Lancens.Contracts.Generators.Files;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Generators.Catalog;

/// <summary>The QA catalog, derived from the spec and its scenarios: docs/errors.md and docs/errors.http.</summary>
public static class CatalogGenerator
{
    public const string MarkdownPath = "docs/errors.md";
    public const string HttpFilePath = "docs/errors.http";

    // A fixed seed keeps the committed files stable; the values only need to be valid.
    internal const int CatalogSeed = 1;

    public static IReadOnlyList<GeneratedFile> Generate(ApiSpecification spec)
    {
        var entries = CatalogEntry.All(spec, ScenarioCatalog.For(spec, CatalogSeed));
        return
        [
            new GeneratedFile(MarkdownPath, ErrorCatalogMarkdown.Render(spec, entries)),
            new GeneratedFile(HttpFilePath, ErrorCatalogHttpFile.Render(spec, entries)),
        ];
    }
}
