using System.ComponentModel;
using System.Diagnostics;

namespace Lancens.Contracts.WireMockHost;

/// <summary>The running java process with its captured output.</summary>
internal sealed class WireMockProcess : IDisposable
{
    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(5);

    private readonly Process process;
    private bool disposed;

    private WireMockProcess(Process process, BoundedOutput output)
    {
        this.process = process;
        Output = output;
        Id = process.Id;
    }

    public int Id { get; }

    public BoundedOutput Output { get; }

    public bool HasExited => disposed || process.HasExited;

    public int ExitCode => process.ExitCode;

    public static WireMockProcess Start(WireMockCommandLine commandLine, string workingDirectory)
    {
        var output = new BoundedOutput();
        var process = new Process { StartInfo = commandLine.ToStartInfo(workingDirectory) };
        process.OutputDataReceived += (_, e) => output.AppendLine(e.Data);
        process.ErrorDataReceived += (_, e) => output.AppendLine(e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            process.Dispose();
            throw new WireMockException($"Could not start {commandLine.Executable}: {exception.Message}", exception);
        }

        ProcessReaper.Track(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new WireMockProcess(process, output);
    }

    /// <summary>Waits for the exit and for the output pipes to drain; false when the time runs out first.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var timer = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(timer.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async Task KillAsync()
    {
        ProcessReaper.Kill(process);
        await WaitForExitAsync(KillGrace).ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        ProcessReaper.Untrack(process);
        process.Dispose();
    }
}
