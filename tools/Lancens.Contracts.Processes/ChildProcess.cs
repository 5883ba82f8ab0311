using System.ComponentModel;
using CliWrap;

namespace Lancens.Contracts.Processes;

/// <summary>
/// An executable started by this process (through CliWrap): its output is kept (the most recent 200 KB), its wait has a
/// limit, and it is killed with its children when it is disposed or when this process ends.
/// </summary>
/// <remarks>
/// Every tool and test that starts a process goes through here, so none can stall on a full pipe or leave an orphan.
/// CliWrap starts it, drains both pipes and kills the tree when cancelled; what it cannot do, killing children when this
/// process itself is stopped by a signal, <see cref="ChildProcessReaper"/> does.
/// </remarks>
public sealed class ChildProcess : IAsyncDisposable
{
    public const int OutputCapacity = 200 * 1024;

    // After a kill the exit is immediate unless the machine is very busy; this only bounds a wait on a zombie.
    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(10);

    private readonly CommandTask<CommandResult> _running;
    private readonly CancellationTokenSource _kill;
    private readonly OutputBuffer _output;

    private ChildProcess(CommandTask<CommandResult> running, CancellationTokenSource kill, OutputBuffer output)
    {
        _running = running;
        _kill = kill;
        _output = output;
        Id = running.ProcessId;
    }

    public int Id { get; }

    public bool HasExited => _running.Task.IsCompleted;

    /// <summary>The exit code; a process killed by <see cref="KillAsync"/> or disposal has none.</summary>
    /// <exception cref="InvalidOperationException">The process has not exited, or was killed.</exception>
    public int ExitCode => _running.Task.IsCompletedSuccessfully
        ? _running.Task.Result.ExitCode
        : throw new InvalidOperationException(HasExited ? "The process was killed: it has no exit code." : "The process has not exited.");

    /// <summary>Standard output and standard error so far, interleaved as the lines arrived.</summary>
    public string Output => _output.Text();

    public string StandardOutput => _output.Text(OutputStream.StandardOutput);

    public string StandardError => _output.Text(OutputStream.StandardError);

    /// <summary>Starts <paramref name="executable"/> with each argument passed as it is (no shell, no quoting).</summary>
    /// <exception cref="Win32Exception">The executable was not found or could not be run.</exception>
    public static ChildProcess Start(string executable, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var output = new OutputBuffer(OutputCapacity);
        var command = Cli.Wrap(executable)
            .WithArguments(arguments)
            .WithWorkingDirectory(workingDirectory ?? Directory.GetCurrentDirectory())
            .WithValidation(CommandResultValidation.None)
            .WithStandardOutputPipe(PipeTarget.ToDelegate(line => output.Add(OutputStream.StandardOutput, line)))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(line => output.Add(OutputStream.StandardError, line)));
        var kill = new CancellationTokenSource();
        CommandTask<CommandResult> running;
        try
        {
            running = command.ExecuteAsync(kill.Token);
        }
        catch (Exception exception) when (exception.InnerException is Win32Exception notFound)
        {
            kill.Dispose();
            throw notFound;
        }
        catch
        {
            kill.Dispose();
            throw;
        }

        ChildProcessReaper.Track(running.ProcessId, running.Task);
        return new ChildProcess(running, kill, output);
    }

    /// <summary>At most the last <paramref name="characters"/> of <see cref="Output"/>, from a line start when one is in range.</summary>
    public string Tail(int characters) => _output.Tail(characters);

    /// <summary>Waits for the exit and for the output to be read to its end.</summary>
    /// <returns>False when <paramref name="timeout"/> ran out first; the process then still runs.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await _running.Task.WaitAsync(limit.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && !_running.Task.IsCompleted)
        {
            return false;
        }
        catch (OperationCanceledException) when (_kill.IsCancellationRequested)
        {
            // Killed: it has exited.
            return true;
        }
    }

    /// <summary>Kills the process and every process it started, then waits (bounded) for the exit.</summary>
    public async Task KillAsync()
    {
        await _kill.CancelAsync().ConfigureAwait(false);
        await WaitForExitAsync(KillGrace).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (!HasExited)
        {
            await KillAsync().ConfigureAwait(false);
        }

        // The reaper lets go of it once it has exited; one that outlived the kill's grace stays tracked, to be killed at exit.
        _kill.Dispose();
    }
}
