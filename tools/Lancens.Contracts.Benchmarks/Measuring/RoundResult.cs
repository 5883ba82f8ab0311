namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>One measured run of one workload on one server, whichever generator drove it.</summary>
/// <param name="ConnectionErrors">Connect, read and write errors and timeouts.</param>
/// <param name="Wrong">Answers other than the expected one: another status, another account's or no record.</param>
internal sealed record RoundResult(long Answers, TimeSpan Duration, long ConnectionErrors, long Wrong, TimeSpan P50, TimeSpan P99)
{
    /// <summary>Query answers that carry another virtual user's push token or user id; only the C# generator tells them.</summary>
    public long Leaks { get; init; }

    /// <summary>Answers the spec does not document for the operation (status, media type or schema), when the C# generator was asked to judge them.</summary>
    public long Undocumented { get; init; }

    /// <summary>The C# generator's whole cycles of its requests.</summary>
    public long Cycles { get; init; }

    /// <summary>The C# generator's first few problems, to say what went wrong.</summary>
    public IReadOnlyList<string> Samples { get; init; } = [];

    public double RequestsPerSecond => Duration > TimeSpan.Zero ? Answers / Duration.TotalSeconds : 0;

    /// <summary>What every virtual user of one run of the C# generator saw, added up.</summary>
    public static RoundResult Of(IReadOnlyList<UserTally> tallies, TimeSpan elapsed)
    {
        var latencies = tallies.SelectMany(tally => tally.LatenciesMicroseconds).Order().ToArray();
        return new RoundResult(
            latencies.Length, elapsed, tallies.Sum(tally => tally.ConnectionErrors), tallies.Sum(tally => tally.Wrong), Percentile(latencies, 0.50), Percentile(latencies, 0.99))
        {
            Leaks = tallies.Sum(tally => tally.Leaks),
            Undocumented = tallies.Sum(tally => tally.Undocumented),
            Cycles = tallies.Sum(tally => tally.Cycles),
            Samples = [.. tallies.SelectMany(tally => tally.Samples).Take(10)],
        };
    }

    // The nearest-rank percentile, as wrk reports it.
    private static TimeSpan Percentile(int[] sorted, double fraction) =>
        sorted.Length == 0 ? TimeSpan.Zero : TimeSpan.FromMicroseconds(sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)]);
}

/// <summary>The rounds of one workload on one server, summarised by their medians.</summary>
internal sealed record WorkloadResult(Workload Workload, IReadOnlyList<RoundResult> Rounds)
{
    public double RequestsPerSecond => Median(Rounds.Select(round => round.RequestsPerSecond));

    public TimeSpan P50 => TimeSpan.FromMilliseconds(Median(Rounds.Select(round => round.P50.TotalMilliseconds)));

    public TimeSpan P99 => TimeSpan.FromMilliseconds(Median(Rounds.Select(round => round.P99.TotalMilliseconds)));

    public long ConnectionErrors => Rounds.Sum(round => round.ConnectionErrors);

    /// <summary>A leak is a wrong answer too; only the soak tells them apart.</summary>
    public long Wrong => Rounds.Sum(round => round.Wrong + round.Leaks);

    /// <summary>Each round's requests per second, for seeing the spread behind the median.</summary>
    public string Spread => string.Join(" ", Rounds.Select(round => $"{round.RequestsPerSecond:0}"));

    /// <summary>The middle value, or the mean of the two middle ones for an even count; 0 for none.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
