using System.ComponentModel;
using System.Globalization;
using Lancens.Contracts.Processes;

namespace Lancens.Contracts.Benchmarks;

/// <summary>The wrk load generator: found on PATH, run for a fixed time with a workload's script.</summary>
internal sealed class Wrk(string executable, BenchmarkSettings settings)
{
    public const string InstallHint = "wrk is not installed: apt-get install -y wrk";

    private const int OutputTail = 4000;

    // wrk stops itself after the duration; this only catches a hung one, which disposing then kills.
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(30);

    public static Wrk? Find(BenchmarkSettings settings)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var executable = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "wrk"))
            .FirstOrDefault(File.Exists);
        return executable is null ? null : new Wrk(executable, settings);
    }

    public async Task<WrkResult> RunAsync(Uri url, string scriptPath, int seconds, CancellationToken cancellationToken)
    {
        await using var wrk = Start(url, scriptPath, seconds);
        if (!await wrk.WaitForExitAsync(TimeSpan.FromSeconds(seconds) + Slack, cancellationToken).ConfigureAwait(false))
        {
            throw new BenchmarkException($"wrk did not finish within {seconds} s + {Slack.TotalSeconds:0} s.");
        }

        if (wrk.ExitCode != 0)
        {
            throw new BenchmarkException($"wrk exited with code {wrk.ExitCode}:\n{wrk.Tail(OutputTail)}");
        }

        return WrkResult.Parse(wrk.Output)
            ?? throw new BenchmarkException($"wrk printed no '{WrkResult.Marker}' line; its output:\n{wrk.Tail(OutputTail)}");
    }

    private ChildProcess Start(Uri url, string scriptPath, int seconds)
    {
        string[] arguments =
        [
            "--threads", settings.Threads.ToString(CultureInfo.InvariantCulture),
            "--connections", settings.Connections.ToString(CultureInfo.InvariantCulture),
            "--duration", $"{seconds}s",
            "--timeout", $"{settings.TimeoutSeconds}s",
            "--latency",
            "--script", scriptPath,
            url.AbsoluteUri,
        ];
        try
        {
            return ChildProcess.Start(executable, arguments);
        }
        catch (Win32Exception exception)
        {
            throw new BenchmarkException($"Could not start {executable}: {exception.Message}");
        }
    }
}
