using Lancens.Contracts.Generators.Catalog;
using Lancens.Contracts.Model.Mocking;

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
    public void HttpFile_HasOneRequestPerDocumentedResponse_AgainstTheLocalMock()
    {
        var http = Files.Single(file => file.RelativePath == CatalogGenerator.HttpFilePath).Content;
        var sections = http.Split("\n### ").Skip(1).ToList();
        var requests = sections.Where(section => section.Split('\n')[0].EndsWith(')')).ToList();

        // Besides one reproduction per documented response: the login first, and the set-up a reproduction needs.
        requests.Count.ShouldBe(DocumentedResponses);
        sections[0].ShouldContain("# @name login");
        http.ShouldNotContain("{{token}}", customMessage: "every session token comes from the login request");
        http.ShouldContain("@baseUrl = http://127.0.0.1:8080/v1/api");
        requests.Where(request => !request.Split('\n').Skip(1).First(line => !line.StartsWith('#')).Contains(" {{baseUrl}}/user/", StringComparison.Ordinal))
            .ShouldBeEmpty("every request goes to the local mock's base URL");
        foreach (var error in RepositorySpec.Specification.ErrorCatalog.Where(error => error.Trigger == Model.ErrorTrigger.Forced))
        {
            requests.ShouldContain(request => request.StartsWith($"{error.OperationId}: {error.Status} {error.ExampleName} ", StringComparison.Ordinal)
                && request.Contains($"{MockControl.ErrorHeader}: {error.Message}\n", StringComparison.Ordinal)
                && request.Contains($"# without the header: {MockControl.ArmCommand(error)}\n", StringComparison.Ordinal));
        }
    }

    // "| `undefined push_token` | 400 | ..." : a documented response with its status; the faults table has none.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\| `.+` \| \d{3} \| ")]
    private static partial System.Text.RegularExpressions.Regex ResponseRow();
}
