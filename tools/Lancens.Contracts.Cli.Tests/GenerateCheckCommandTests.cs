namespace Lancens.Contracts.Cli.Tests;

/// <summary>`lancens generate --check`, run as a process: the committed mappings and catalog are what the spec produces.</summary>
public sealed class GenerateCheckCommandTests
{
    [Fact]
    public async Task GenerateCheck_CommittedFiles_MatchTheSpec()
    {
        var (exitCode, output, errors) = await CliRunner.RunAsync(RepositorySpec.Layout.Root, "generate", "--check");

        errors.ShouldBeEmpty();
        exitCode.ShouldBe(0, output);
        output.ShouldContain("match the spec");
    }

    [Fact]
    public async Task GenerateCheck_EditedMappingAndCatalog_FailsNamingTheFiles()
    {
        var copy = TestRepository.Copy();
        File.AppendAllText(Path.Combine(copy, "mocks/mappings/login.json"), " ");
        File.WriteAllText(Path.Combine(copy, "docs/errors.md"), "# stale\n");
        File.WriteAllText(Path.Combine(copy, "mocks/mappings/hand-written.json"), "{\"mappings\": []}");

        var (exitCode, _, errors) = await CliRunner.RunAsync(copy, "generate", "--check");

        exitCode.ShouldBe(1);
        errors.ShouldContain("mocks/mappings/login.json: differs from what the spec produces");
        errors.ShouldContain("docs/errors.md: differs from what the spec produces");
        errors.ShouldContain("mocks/mappings/hand-written.json: no longer generated");
    }

    [Fact]
    public async Task Generate_BrokenSpec_ExitsWithTheFileAndProblem()
    {
        var copy = TestRepository.Copy();
        File.WriteAllText(Path.Combine(copy, "spec/lancens-user-api.yaml"), "openapi: [\n");

        var (exitCode, _, errors) = await CliRunner.RunAsync(copy, "generate");

        exitCode.ShouldBe(2);
        errors.ShouldContain(Path.Combine(copy, "spec", "lancens-user-api.yaml"));
        errors.ShouldContain("not valid YAML");
        errors.ShouldNotContain("   at ");
    }
}
