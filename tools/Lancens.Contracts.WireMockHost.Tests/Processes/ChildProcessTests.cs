using System.ComponentModel;
using Lancens.Contracts.Processes;

namespace Lancens.Contracts.WireMockHost.Tests.Processes;

/// <summary>Runs sh, so these run where the launcher's users are: Linux and macOS.</summary>
public sealed class ChildProcessTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task WaitForExitAsync_ProcessPrintingOnBothStreams_KeepsEachAndItsExitCode()
    {
        SkipOnWindows();
        await using var child = ChildProcess.Start("sh", ["-c", "echo out; echo err >&2; exit 3"]);

        var exited = await child.WaitForExitAsync(Generous, TestContext.Current.CancellationToken);

        exited.ShouldBeTrue();
        child.ExitCode.ShouldBe(3);
        child.StandardOutput.ShouldBe("out\n");
        child.StandardError.ShouldBe("err\n");
        child.Output.ShouldContain("out\n");
        child.Output.ShouldContain("err\n");
    }

    [Fact]
    public async Task Start_ArgumentsWithSpacesAndQuotes_ArePassedAsTheyAre()
    {
        SkipOnWindows();
        await using var child = ChildProcess.Start("sh", ["-c", "printf '%s|' \"$@\"", "sh", "two words", "\"quoted\"", ""]);

        await child.WaitForExitAsync(Generous, TestContext.Current.CancellationToken);

        child.StandardOutput.ShouldBe("two words|\"quoted\"||\n");
    }

    [Fact]
    public void Start_MissingExecutable_ThrowsWin32Exception()
    {
        Should.Throw<Win32Exception>(() => ChildProcess.Start($"no-such-program-{Guid.NewGuid():N}", []));
    }

    [Fact]
    public async Task DisposeAsync_ProcessStillRunning_KillsItAndWhatItStarted()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Reads /proc.");
        var child = ChildProcess.Start("sh", ["-c", "sleep 300 & echo $!; wait"]);
        var grandchild = await FirstLineAsync(child);

        var exited = await child.WaitForExitAsync(TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
        await child.DisposeAsync();

        exited.ShouldBeFalse("the child waits for its sleep");
        child.HasExited.ShouldBeTrue();
        (await IsGoneAsync(grandchild)).ShouldBeTrue($"sleep ({grandchild}) outlived its parent");
    }

    private static void SkipOnWindows() => Assert.SkipWhen(OperatingSystem.IsWindows(), "These tests run sh.");

    private static async Task<int> FirstLineAsync(ChildProcess child)
    {
        using var deadline = new CancellationTokenSource(Generous);
        var line = "";
        while ((line = child.StandardOutput.Split('\n')[0]).Length == 0)
        {
            await Task.Delay(20, deadline.Token);
        }

        return int.Parse(line, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Gone, or a zombie: killed, but no init process in this container reaped it.</summary>
    private static async Task<bool> IsGoneAsync(int processId)
    {
        using var deadline = new CancellationTokenSource(Generous);
        while (!deadline.IsCancellationRequested)
        {
            try
            {
                if (File.ReadLines($"/proc/{processId}/status").Any(l => l.StartsWith("State:", StringComparison.Ordinal) && l.Contains('Z')))
                {
                    return true;
                }
            }
            catch (IOException)
            {
                return true;
            }

            await Task.Delay(20, CancellationToken.None);
        }

        return false;
    }
}
