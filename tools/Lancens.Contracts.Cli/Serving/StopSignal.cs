using System.Runtime.InteropServices;

namespace Lancens.Contracts.Cli.Serving;

/// <summary>
/// Ctrl-C (SIGINT) or SIGTERM (how CI and service managers stop it), caught from before the server starts, so a signal
/// that arrives while it starts still stops it cleanly once it is up. The first asks for a graceful stop; a second
/// Ctrl-C stops at once, as people expect of a second Ctrl-C.
/// </summary>
internal sealed class StopSignal : IDisposable
{
    /// <summary>What a process stopped at once by a second Ctrl-C exits with: 128 + SIGINT.</summary>
    public const int InterruptedExitCode = 130;

    private readonly TaskCompletionSource _stop = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly PosixSignalRegistration _terminate;
    private readonly PosixSignalRegistration _interrupt;

    public StopSignal()
    {
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Graceful);
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            if (_stop.Task.IsCompleted)
            {
                Environment.Exit(InterruptedExitCode);
            }

            Graceful(context);
        });
    }

    public Task Stopped => _stop.Task;

    public void Dispose()
    {
        _terminate.Dispose();
        _interrupt.Dispose();
    }

    private void Graceful(PosixSignalContext context)
    {
        // Handled here: neither the runtime's default (end the process now) nor another handler's.
        context.Cancel = true;
        _stop.TrySetResult();
    }
}
