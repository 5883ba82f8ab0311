using System.Globalization;
using System.Text.RegularExpressions;
using Lancens.Contracts.Processes;

namespace Lancens.Contracts.ProxyOverhead;

/// <summary>One wrk run (1 thread, loopback only, bounded in time) and what it measured.</summary>
internal sealed partial record WrkRound(double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, long Errors)
{
    public static async Task<WrkRound> RunAsync(string script, Uri url, int connections, int seconds, CancellationToken cancellationToken)
    {
        await using var wrk = ChildProcess.Start("wrk", ["-t1", $"-c{connections}", $"-d{seconds}s", "--latency", "-s", script, url.AbsoluteUri]);
        if (!await wrk.WaitForExitAsync(TimeSpan.FromSeconds(seconds + 30), cancellationToken))
        {
            throw new TimeoutException($"wrk did not finish a {seconds} s run: {wrk.Tail(2000)}");
        }

        var output = wrk.Output;
        return new WrkRound(
            Number(RequestsPerSecondPattern(), output),
            Latency(output, "50%"),
            Latency(output, "99%"),
            ErrorsPattern().Matches(output).Sum(match => long.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture)) + (long)Number(Non2xxPattern(), output, 0));
    }

    private static double Number(Regex pattern, string output, double? fallback = null)
    {
        var match = pattern.Match(output);
        return match.Success ? double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture)
            : fallback ?? throw new InvalidOperationException($"wrk printed no {pattern}: {output}");
    }

    // "99%    2.10ms" (or us, s) in wrk's latency distribution, in milliseconds.
    private static double Latency(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(percentile)}\s+(?<value>[0-9.]+)(?<unit>us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            throw new InvalidOperationException($"wrk printed no {percentile} latency: {output}");
        }

        var value = double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+(?<value>[0-9.]+)")]
    private static partial Regex RequestsPerSecondPattern();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(?<value>[0-9]+)")]
    private static partial Regex Non2xxPattern();

    [GeneratedRegex(@"(connect|read|write|timeout) (?<count>[0-9]+)")]
    private static partial Regex ErrorsPattern();
}
