using System.Runtime.InteropServices;

namespace Lancens.Contracts.Cli.Serving;

/// <summary>
/// Ctrl-C or SIGTERM (how CI stops the stand-in), caught from before the server starts, so a signal that arrives while
/// it starts still stops it cleanly once it is up.
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly TaskCompletionSource _stop = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly PosixSignalRegistration _terminate;
    private readonly CancellationTokenRegistration _interrupt;

    public StopSignal(CancellationToken cancellation)
    {
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            _stop.TrySetResult();
        });
        _interrupt = cancellation.Register(() => _stop.TrySetResult());
    }

    public Task Stopped => _stop.Task;

    public void Dispose()
    {
        _terminate.Dispose();
        _interrupt.Dispose();
    }
}
