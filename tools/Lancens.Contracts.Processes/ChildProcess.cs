using System.ComponentModel;
using System.Diagnostics;

namespace Lancens.Contracts.Processes;

/// <summary>
/// An executable started by this process: its output is kept (the most recent 200 KB), its wait has a limit, and it is
/// killed with its children when this process ends.
/// </summary>
/// <remarks>
/// Every tool and test that starts a process goes through here, so none can stall on a full pipe or leave an orphan.
/// Disposing kills the process tree if it still runs.
/// </remarks>
public sealed class ChildProcess : IAsyncDisposable
{
    public const int OutputCapacity = 200 * 1024;

    // After a kill the exit is immediate unless the machine is very busy; this only bounds a wait on a zombie.
    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(10);

    private readonly Process process;
    private readonly OutputBuffer output;
    private int? exitCodeAtDispose;
    private bool disposed;

    private ChildProcess(Process process, OutputBuffer output)
    {
        this.process = process;
        this.output = output;
        Id = process.Id;
    }

    public int Id { get; }

    public bool HasExited => disposed ? exitCodeAtDispose is not null : process.HasExited;

    /// <exception cref="InvalidOperationException">The process has not exited.</exception>
    public int ExitCode => disposed
        ? exitCodeAtDispose ?? throw new InvalidOperationException("The process had not exited when it was disposed.")
        : process.ExitCode;

    /// <summary>Standard output and standard error so far, interleaved as the lines arrived.</summary>
    public string Output => output.Text();

    public string StandardOutput => output.Text(OutputStream.StandardOutput);

    public string StandardError => output.Text(OutputStream.StandardError);

    /// <summary>Starts <paramref name="executable"/> with each argument passed as it is (no shell, no quoting).</summary>
    /// <exception cref="Win32Exception">The executable was not found or could not be run.</exception>
    public static ChildProcess Start(string executable, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory ?? "",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var output = new OutputBuffer(OutputCapacity);
        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => output.Add(OutputStream.StandardOutput, e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(OutputStream.StandardError, e.Data);
        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            throw;
        }

        ChildProcessReaper.Track(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(process, output);
    }

    /// <summary>At most the last <paramref name="characters"/> of <see cref="Output"/>, from a line start when one is in range.</summary>
    public string Tail(int characters) => output.Tail(characters);

    /// <summary>Waits for the exit and for the output to be read to its end.</summary>
    /// <returns>False when <paramref name="timeout"/> ran out first; the process then still runs.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Kills the process and every process it started, then waits (bounded) for the exit.</summary>
    public async Task KillAsync()
    {
        ChildProcessReaper.Kill(process);
        await WaitForExitAsync(KillGrace).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        if (!process.HasExited)
        {
            await KillAsync().ConfigureAwait(false);
        }

        ChildProcessReaper.Untrack(process);
        exitCodeAtDispose = process.HasExited ? process.ExitCode : null;
        disposed = true;
        process.Dispose();
    }
}
