using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lancens.Contracts.Processes;

namespace Lancens.Contracts.Benchmarks.Load;

/// <summary>The wrk load generator: found on PATH, run for a fixed time with a Lua script that sends one request.</summary>
internal sealed partial class Wrk(string executable, int connections)
{
    public const string InstallHint = "wrk is not installed: apt-get install -y wrk";

    // A Lua long string needs no escaping, as long as the text does not contain its closing bracket. As a table key it
    // needs spaces inside the index brackets, or "[[" would open another long string.
    private const string Open = "[==[", Close = "]==]";

    // wrk stops itself after the duration; this only catches a hung one, which disposing then kills.
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(30);

    public static Wrk? Find(int connections) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "wrk")).FirstOrDefault(File.Exists) is { } executable ? new Wrk(executable, connections) : null;

    /// <summary>Writes the script that makes wrk send <paramref name="request"/> and print one line <see cref="ReadResult"/> parses.</summary>
    /// <returns>The script's path.</returns>
    public static string WriteScript(SentRequest request, string directory, string name)
    {
        var script = new StringBuilder($"-- {name}: written by Lancens.Contracts.Benchmarks for one run.\nwrk.method = {Quote(request.Method.Method)}\n");
        foreach (var (header, value) in request.Headers)
        {
            script.AppendLine($"wrk.headers[ {Quote(header)} ] = {Quote(value)}");
        }

        if (request.Body is not null)
        {
            script.AppendLine($"wrk.headers[\"Content-Type\"] = {Quote(request.ContentType)}");
            script.AppendLine($"wrk.body = {Quote(request.Body)}");
        }

        // No response() callback: wrk would hand every answer to Lua, and on 2 cores that CPU comes from the server.
        script.AppendLine($$"""
            function done(summary, latency, requests)
              local e = summary.errors
              io.write(string.format(
                "lancens-bench requests=%.0f duration_us=%.0f connect=%.0f read=%.0f write=%.0f timeout=%.0f status=%.0f p50_us=%.0f p99_us=%.0f\n",
                summary.requests, summary.duration, e.connect, e.read, e.write, e.timeout, e.status,
                latency:percentile(50), latency:percentile(99)))
            end
            """);
        var path = Path.Combine(directory, $"{name.Replace(' ', '-')}.lua");
        File.WriteAllText(path, script.ToString());
        return path;
    }

    public async Task<RoundResult> RunAsync(Uri url, string scriptPath, int seconds, int expectedStatus, CancellationToken cancellationToken)
    {
        string[] arguments =
        [
            "--threads", $"{BenchmarkSettings.Threads}", "--connections", $"{connections}", "--duration", $"{seconds}s", "--timeout", $"{BenchmarkSettings.TimeoutSeconds}s",
            "--latency", "--script", scriptPath, url.AbsoluteUri,
        ];
        await using var wrk = ChildProcess.Start(executable, arguments);
        if (!await wrk.WaitForExitAsync(TimeSpan.FromSeconds(seconds) + Slack, cancellationToken))
        {
            throw new BenchmarkException($"wrk did not finish within {seconds} s + {Slack.TotalSeconds:0} s.");
        }

        return wrk.ExitCode == 0 && ReadResult(wrk.Output, expectedStatus) is { } result
            ? result
            : throw new BenchmarkException($"wrk exited with code {wrk.ExitCode}, printing {(ReadResult(wrk.Output, expectedStatus) is null ? "no" : "its")} lancens-bench line:\n{wrk.Tail(4000)}");
    }

    /// <summary>
    /// A run, from the line the script printed amid wrk's own report. wrk only counts answers of status 400 and above, so
    /// for an expected error every answer below 400 is wrong, and another error status cannot be told from the expected
    /// one: the checks before and after the runs do that.
    /// </summary>
    /// <returns>Null when the line is missing or malformed, i.e. the script did not run as written.</returns>
    public static RoundResult? ReadResult(string output, int expectedStatus)
    {
        if (DoneLine().Match(output) is not { Success: true } line)
        {
            return null;
        }

        long Value(string name) => long.Parse(line.Groups[name].ValueSpan, CultureInfo.InvariantCulture);
        return new(
            Value("requests"),
            TimeSpan.FromMicroseconds(Value("duration")),
            Value("connect") + Value("read") + Value("write") + Value("timeout"),
            expectedStatus < 400 ? Value("status") : Value("requests") - Value("status"),
            TimeSpan.FromMicroseconds(Value("p50")),
            TimeSpan.FromMicroseconds(Value("p99")));
    }

    private static string Quote(string text) =>
        text.Contains(Close, StringComparison.Ordinal)
            ? throw new ArgumentException($"'{text}' cannot go into a Lua long string.", nameof(text))
            : Open + text + Close;

    // The line the script's done() prints (its format string above), amid wrk's own human-readable report.
    [GeneratedRegex(
        @"^lancens-bench requests=(?<requests>\d+) duration_us=(?<duration>\d+) connect=(?<connect>\d+) read=(?<read>\d+) write=(?<write>\d+) " +
        @"timeout=(?<timeout>\d+) status=(?<status>\d+) p50_us=(?<p50>\d+) p99_us=(?<p99>\d+)\r?$",
        RegexOptions.Multiline)]
    private static partial Regex DoneLine();
}
