namespace Lancens.Contracts.Benchmarks.Load;

/// <summary>What every virtual user of one generator run saw, added up.</summary>
internal sealed record GeneratorResult(
    TimeSpan Elapsed,
    long Answers,
    long Cycles,
    long ConnectionErrors,
    long Wrong,
    long Undocumented,
    long Leaks,
    TimeSpan P50,
    TimeSpan P99,
    IReadOnlyList<string> Samples)
{
    public double RequestsPerSecond => Elapsed > TimeSpan.Zero ? Answers / Elapsed.TotalSeconds : 0;

    public static GeneratorResult Merge(IReadOnlyList<UserTally> tallies, TimeSpan elapsed)
    {
        var latencies = tallies.SelectMany(tally => tally.LatenciesMicroseconds).ToArray();
        Array.Sort(latencies);
        return new GeneratorResult(
            elapsed,
            latencies.Length,
            tallies.Sum(tally => tally.Cycles),
            tallies.Sum(tally => tally.ConnectionErrors),
            tallies.Sum(tally => tally.Wrong),
            tallies.Sum(tally => tally.Undocumented),
            tallies.Sum(tally => tally.Leaks),
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            [.. tallies.SelectMany(tally => tally.Samples).Take(10)]);
    }

    // The nearest-rank percentile, as wrk reports it.
    private static TimeSpan Percentile(int[] sorted, double fraction) =>
        sorted.Length == 0 ? TimeSpan.Zero : TimeSpan.FromMicroseconds(sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)]);
}
