namespace Lancens.Contracts.Model.Tests;

/// <summary>The spec the tool and the package serve from any folder is the repository's, as it was built.</summary>
public sealed class BundledSpecTests
{
    [Fact]
    public void Bundled_ComparedWithTheRepositoryFile_DocumentsTheSameAnswersAndAssumptions()
    {
        var bundled = ApiSpecification.Bundled;
        var file = RepositorySpec.Specification;

        bundled.SourcePath.ShouldContain("bundled");
        bundled.DocumentedResponses.Select(answer => $"{answer.Key} {answer.Example.Json}")
            .ShouldBe(file.DocumentedResponses.Select(answer => $"{answer.Key} {answer.Example.Json}"));
        bundled.Assumptions.Select(assumption => assumption.Decision).ShouldBe(file.Assumptions.Select(assumption => assumption.Decision));
        bundled.Operations.SelectMany(operation => operation.NaturalErrors).Select(error => error.ToString())
            .ShouldBe(file.Operations.SelectMany(operation => operation.NaturalErrors).Select(error => error.ToString()));
    }
}
