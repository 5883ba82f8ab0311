using Lancens.Contracts.Processes;

namespace Lancens.Contracts.Generators.Tests.Generation;

/// <summary>`lancens generate --check`, run as a process: the committed mappings and catalog are what the spec produces.</summary>
public sealed class GenerateCheckCommandTests
{
    [Fact]
    public async Task GenerateCheck_CommittedFiles_MatchTheSpec()
    {
        var (exitCode, output, errors) = await RunCliAsync(TestRepository.Layout.Root, "generate", "--check");

        errors.ShouldBeEmpty();
        exitCode.ShouldBe(0, output);
        output.ShouldContain("match the spec");
    }

    [Fact]
    public async Task GenerateCheck_EditedMappingAndCatalog_FailsNamingTheFiles()
    {
        var copy = CopyOfRepository();
        File.AppendAllText(Path.Combine(copy, "mocks/mappings/login.json"), " ");
        File.WriteAllText(Path.Combine(copy, "docs/errors.md"), "# stale\n");
        File.WriteAllText(Path.Combine(copy, "mocks/mappings/hand-written.json"), "{\"mappings\": []}");

        var (exitCode, _, errors) = await RunCliAsync(copy, "generate", "--check");

        exitCode.ShouldBe(1);
        errors.ShouldContain("mocks/mappings/login.json: differs from what the spec produces");
        errors.ShouldContain("docs/errors.md: differs from what the spec produces");
        errors.ShouldContain("mocks/mappings/hand-written.json: no longer generated");
    }

    [Fact]
    public async Task Generate_BrokenSpec_ExitsWithTheFileAndProblem()
    {
        var copy = CopyOfRepository();
        File.WriteAllText(Path.Combine(copy, "spec/lancens-user-api.yaml"), "openapi: [\n");

        var (exitCode, _, errors) = await RunCliAsync(copy, "generate");

        exitCode.ShouldBe(2);
        errors.ShouldContain(Path.Combine(copy, "spec", "lancens-user-api.yaml"));
        errors.ShouldContain("not valid YAML");
        errors.ShouldNotContain("   at ");
    }

    /// <summary>What the CLI reads and writes, in a temporary folder that looks like a checkout.</summary>
    private static string CopyOfRepository()
    {
        var copy = Directory.CreateTempSubdirectory("lancens-checkout-").FullName;
        File.Copy(Path.Combine(TestRepository.Layout.Root, "Lancens.Contracts.sln"), Path.Combine(copy, "Lancens.Contracts.sln"));
        foreach (var folder in new[] { "spec", "mocks/mappings", "docs" })
        {
            var source = Path.Combine(TestRepository.Layout.Root, folder);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Where(file => !file.Contains("node_modules", StringComparison.Ordinal)))
            {
                var target = Path.Combine(copy, Path.GetRelativePath(TestRepository.Layout.Root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        return copy;
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunCliAsync(string workingDirectory, params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "lancens.dll");

        // Generating takes seconds; the limit only turns a hung CLI into a failure that shows its output.
        var timeout = TimeSpan.FromMinutes(5);
        await using var process = ChildProcess.Start("dotnet", [cli, .. arguments], workingDirectory);
        var exited = await process.WaitForExitAsync(timeout, TestContext.Current.CancellationToken);
        exited.ShouldBeTrue($"lancens {string.Join(' ', arguments)} did not exit within {timeout}:\n{process.Output}");
        return (process.ExitCode, process.StandardOutput, process.StandardError);
    }
}
