using System.ComponentModel;
using System.Runtime.InteropServices;
using Lancens.Contracts.WireMockHost;

namespace Lancens.Contracts.Benchmarks.Cli;

/// <summary>Runs a command with Ctrl-C and SIGTERM turned into cancellation, and what stops it into an exit code.</summary>
internal static class CommandRunner
{
    public const int CouldNotRun = 1;
    public const int WrongArguments = 64;
    public const int Interrupted = 130;

    public static async Task<int> RunAsync(Func<CancellationToken, Task<int>> command)
    {
        // Cancelling the signal instead of dying lets the await using blocks stop the servers; the child-process reaper
        // then leaves them to us.
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });

        try
        {
            return await command(stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Console.Error.WriteLine("Interrupted; the servers were stopped.");
            return Interrupted;
        }
        catch (OperationCanceledException exception)
        {
            // Not ours, so a call to a server timed out.
            Console.Error.WriteLine($"Could not run: {exception.Message}");
            return CouldNotRun;
        }
        catch (Exception exception) when (exception is BenchmarkException or WireMockException or HttpRequestException
            or IOException or UnauthorizedAccessException or Win32Exception)
        {
            Console.Error.WriteLine($"Could not run: {exception.Message}");
            return CouldNotRun;
        }
    }
}
