using Lancens.Contracts.Generators.Catalog;

namespace Lancens.Contracts.Generators.Tests.Generation;

public sealed partial class CatalogGeneratorTests
{
    private static readonly IReadOnlyList<Lancens.Contracts.Generators.Files.GeneratedFile> Files = CatalogGenerator.Generate(RepositorySpec.Specification);

    private static int DocumentedResponses => RepositorySpec.Specification.DocumentedResponses.Count;

    [Fact]
    public void Markdown_HasOneRowPerDocumentedResponse_WithItsExactErrorText()
    {
        var markdown = Files.Single(file => file.RelativePath == CatalogGenerator.MarkdownPath).Content;
        var responseRows = markdown.Split('\n').Where(line => ResponseRow().IsMatch(line)).ToList();

        responseRows.Count.ShouldBe(DocumentedResponses);
        foreach (var error in RepositorySpec.Specification.ErrorCatalog)
        {
            markdown.ShouldContain($"| `{error.Message}` | {error.Status} |");
        }
    }

    [Fact]
    public void Markdown_LinksEachClientsHttpFile()
    {
        var markdown = Files.Single(file => file.RelativePath == CatalogGenerator.MarkdownPath).Content;
        var links = LinkToHttpFile().Matches(markdown).Select(match => match.Groups["path"].Value).ToList();

        links.ShouldBe(["http/errors.httpyac.http", "http/errors.rest-client.http", "http/errors.jetbrains.http"]);
        links.ShouldAllBe(link => Files.Any(file => file.RelativePath == $"docs/{link}"));
    }

    // "| `undefined push_token` | 400 | ..." : a documented response with its status; the faults table has none.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\| `.+` \| \d{3} \| ")]
    private static partial System.Text.RegularExpressions.Regex ResponseRow();

    [System.Text.RegularExpressions.GeneratedRegex(@"\]\((?<path>[^)]+\.http)\)")]
    private static partial System.Text.RegularExpressions.Regex LinkToHttpFile();
}
