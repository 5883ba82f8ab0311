using System.ComponentModel;
using System.Globalization;
using Lancens.Contracts.Processes;

namespace Lancens.Contracts.Benchmarks.Load;

/// <summary>The wrk load generator: found on PATH, run for a fixed time with a request's script.</summary>
internal sealed class Wrk(string executable, int threads, int connections, int timeoutSeconds)
{
    public const string InstallHint = "wrk is not installed: apt-get install -y wrk";

    private const int OutputTail = 4000;

    // wrk stops itself after the duration; this only catches a hung one, which disposing then kills.
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(30);

    public int Threads => threads;

    public int Connections => connections;

    public static Wrk? Find(int threads, int connections, int timeoutSeconds)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var executable = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "wrk"))
            .FirstOrDefault(File.Exists);
        return executable is null ? null : new Wrk(executable, threads, connections, timeoutSeconds);
    }

    public async Task<WrkResult> RunAsync(Uri url, string scriptPath, int seconds, CancellationToken cancellationToken)
    {
        await using var wrk = Start(url, scriptPath, seconds);
        if (!await wrk.WaitForExitAsync(TimeSpan.FromSeconds(seconds) + Slack, cancellationToken))
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
            "--threads", threads.ToString(CultureInfo.InvariantCulture),
            "--connections", connections.ToString(CultureInfo.InvariantCulture),
            "--duration", $"{seconds}s",
            "--timeout", $"{timeoutSeconds}s",
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
