using Lancens.Contracts.Processes;

namespace Lancens.Contracts.Cli.Tests;

/// <summary>Runs the built <c>lancens</c> as a process, as a user would.</summary>
internal static class CliRunner
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "lancens.dll");

    // Commands take seconds; the limit only turns a hung CLI into a failure that shows its output.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string workingDirectory, params string[] arguments)
    {
        await using var process = Start(workingDirectory, arguments);
        var exited = await process.WaitForExitAsync(Limit, TestContext.Current.CancellationToken);
        exited.ShouldBeTrue($"lancens {string.Join(' ', arguments)} did not exit within {Limit}:\n{process.Output}");
        return (process.ExitCode, process.StandardOutput, process.StandardError);
    }

    /// <summary>Starts a long-running command (serve); disposing the result stops it.</summary>
    public static ChildProcess Start(string workingDirectory, params string[] arguments) =>
        ChildProcess.Start("dotnet", [Cli, .. arguments], workingDirectory);
}
