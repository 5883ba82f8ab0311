using System.ComponentModel;
using System.Diagnostics;

namespace Lancens.Contracts.WireMockHost;

/// <summary>Runs npm ci, which installs exactly the WireMock version package-lock.json pins.</summary>
internal static class NpmCi
{
    private const int OutputTail = 8000;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static async Task RunAsync(string packageDirectory, CancellationToken cancellationToken)
    {
        var output = new BoundedOutput();
        using var process = new Process { StartInfo = StartInfo(packageDirectory) };
        process.OutputDataReceived += (_, e) => output.AppendLine(e.Data);
        process.ErrorDataReceived += (_, e) => output.AppendLine(e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new WireMockException(
                $"WireMock is not installed in {packageDirectory} and npm could not be started to install it: {exception.Message}. " +
                "Install Node.js/npm or run npm ci there.", exception);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new WireMockException(
                $"npm ci in {packageDirectory} did not finish within {Timeout.TotalMinutes:0} minutes. Output tail:\n{output.Tail(OutputTail)}");
        }

        if (process.ExitCode != 0)
        {
            throw new WireMockException(
                $"npm ci in {packageDirectory} failed with exit code {process.ExitCode}. Output tail:\n{output.Tail(OutputTail)}");
        }
    }

    private static ProcessStartInfo StartInfo(string packageDirectory)
    {
        var startInfo = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
        {
            WorkingDirectory = packageDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }
}
