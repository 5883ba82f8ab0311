using System.Globalization;

namespace Lancens.Contracts.Benchmarks.Load;

/// <summary>What one measured wrk run reported through the script's done() line.</summary>
internal sealed record WrkResult(long Requests, TimeSpan Duration, long SocketErrors, long StatusErrors, TimeSpan P50, TimeSpan P99)
{
    /// <summary>Starts the machine-readable line, so wrk's own human-readable report can surround it.</summary>
    public const string Marker = "lancens-bench";

    public double RequestsPerSecond => Duration > TimeSpan.Zero ? Requests / Duration.TotalSeconds : 0;

    /// <returns>Null when the line is missing or lacks a value, i.e. the script did not run as written.</returns>
    public static WrkResult? Parse(string output)
    {
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(Marker + " ", StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }

        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var pair in line[Marker.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                values[parts[0]] = value;
            }
        }

        string[] keys = ["requests", "duration_us", "connect", "read", "write", "timeout", "status", "p50_us", "p99_us"];
        if (!keys.All(values.ContainsKey))
        {
            return null;
        }

        return new WrkResult(
            values["requests"],
            TimeSpan.FromMicroseconds(values["duration_us"]),
            values["connect"] + values["read"] + values["write"] + values["timeout"],
            values["status"],
            TimeSpan.FromMicroseconds(values["p50_us"]),
            TimeSpan.FromMicroseconds(values["p99_us"]));
    }
}
