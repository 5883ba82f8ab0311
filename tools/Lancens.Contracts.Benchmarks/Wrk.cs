using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Lancens.Contracts.Benchmarks;

/// <summary>The wrk load generator: found on PATH, run for a fixed time with a workload's script.</summary>
internal sealed class Wrk(string executable, BenchmarkSettings settings)
{
    public const string InstallHint = "wrk is not installed: apt-get install -y wrk";

    private const int OutputTail = 4000;

    // wrk stops itself after the duration; this only catches a hung one.
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
        using var process = new Process { StartInfo = StartInfo(url, scriptPath, seconds) };
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new BenchmarkException($"Could not start {executable}: {exception.Message}");
        }

        // Both pipes are drained concurrently, or a full stderr pipe would stall wrk.
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(seconds) + Slack);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new BenchmarkException($"wrk did not finish within {seconds} s + {Slack.TotalSeconds:0} s.");
        }

        var output = await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new BenchmarkException($"wrk exited with code {process.ExitCode}:\n{Tail(output)}");
        }

        return WrkResult.Parse(output)
            ?? throw new BenchmarkException($"wrk printed no '{WrkResult.Marker}' line; its output:\n{Tail(output)}");
    }

    private ProcessStartInfo StartInfo(Uri url, string scriptPath, int seconds)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
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
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }

    private static string Tail(string output) => output.Length <= OutputTail ? output : output[^OutputTail..];
}
