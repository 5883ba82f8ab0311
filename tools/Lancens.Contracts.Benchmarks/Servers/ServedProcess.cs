using System.ComponentModel;
using System.Diagnostics;
using Lancens.Contracts.Processes;

namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>Starts a server process and polls it until it answers: its time to ready, from process start.</summary>
internal static class ServedProcess
{
    private const int OutputTail = 4000;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    public static async Task<(ChildProcess Process, TimeSpan TimeToReady)> StartAsync(
        string name, string executable, IReadOnlyList<string> arguments, string workingDirectory, Uri probe, CancellationToken cancellationToken)
    {
        // The probe's own code runs once before the clock starts, so its first use is not timed.
        await HttpProbe.AnswersAsync(probe, cancellationToken);
        ChildProcess process;
        var started = Stopwatch.GetTimestamp();
        try
        {
            process = ChildProcess.Start(executable, arguments, workingDirectory);
        }
        catch (Win32Exception exception)
        {
            throw new BenchmarkException($"Could not start {name} ({executable}): {exception.Message}");
        }

        try
        {
            while (!await HttpProbe.AnswersAsync(probe, cancellationToken))
            {
                if (process.HasExited)
                {
                    await process.WaitForExitAsync(TimeSpan.FromSeconds(5), cancellationToken);
                    throw new BenchmarkException($"{name} exited with code {process.ExitCode} before it answered:\n{process.Tail(OutputTail)}");
                }

                if (Stopwatch.GetElapsedTime(started) > StartTimeout)
                {
                    throw new BenchmarkException($"{name} did not answer {probe} within {StartTimeout.TotalSeconds:0} s:\n{process.Tail(OutputTail)}");
                }

                await Task.Delay(PollInterval, cancellationToken);
            }

            return (process, Stopwatch.GetElapsedTime(started));
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }
}
