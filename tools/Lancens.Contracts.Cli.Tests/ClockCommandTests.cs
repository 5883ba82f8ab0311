using System.Text.Json;

namespace Lancens.Contracts.Cli.Tests;

/// <summary><c>lancens clock</c> against a running engine: show, advance, reset, and clear refusals.</summary>
public sealed class ClockCommandTests
{
    [Fact]
    public async Task Clock_AdvanceThenShowThenReset_MovesTheEnginesClockAndBack()
    {
        await using var serve = CliRunner.Start(RepositorySpec.Layout.Root, "serve", "--port", "0");
        var root = new Uri((await ServeCommandTests.ReadyUrlAsync(serve)).GetLeftPart(UriPartial.Authority)).AbsoluteUri;

        var advanced = await CliRunner.RunAsync(RepositorySpec.Layout.Root, "clock", "--advance", "31d", "--url", root);
        var shown = await CliRunner.RunAsync(RepositorySpec.Layout.Root, "clock", "--show", "--url", root);
        var reset = await CliRunner.RunAsync(RepositorySpec.Layout.Root, "clock", "--reset", "--url", root);

        advanced.ExitCode.ShouldBe(0, advanced.Errors);
        AdvancedBy(advanced.Output).ShouldBe("31d");
        AdvancedBy(shown.Output).ShouldBe("31d");
        AdvancedBy(reset.Output).ShouldBe("0s");
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-1d")]
    public async Task Clock_AdvanceByNoDuration_IsRefusedBeforeAnyRequest(string duration)
    {
        var (exitCode, _, errors) = await CliRunner.RunAsync(RepositorySpec.Layout.Root, "clock", "--advance", duration, "--url", "http://127.0.0.1:9");

        exitCode.ShouldBe(64);
        errors.ShouldContain("31d");
    }

    private static string? AdvancedBy(string output) => JsonDocument.Parse(output).RootElement.GetProperty("advancedBy").GetString();
}
