using System.Runtime.InteropServices;

namespace Lancens.Contracts.Cli.Serving;

/// <summary>Waits for Ctrl-C or SIGTERM (how CI stops the stand-in), so the server stops cleanly either way.</summary>
internal static class StopSignal
{
    public static async Task WaitAsync(CancellationToken cancellation)
    {
        var stop = new TaskCompletionSource();
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.TrySetResult();
        });
        using var registration = cancellation.Register(() => stop.TrySetResult());
        await stop.Task;
    }
}
