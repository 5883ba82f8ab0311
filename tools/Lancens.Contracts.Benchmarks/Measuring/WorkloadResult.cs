namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>The rounds of one workload on one server, summarised by their medians.</summary>
internal sealed record WorkloadResult(Workload Workload, IReadOnlyList<RoundResult> Rounds)
{
    public double RequestsPerSecond => Median(Rounds.Select(round => round.RequestsPerSecond));

    public TimeSpan P50 => TimeSpan.FromMilliseconds(Median(Rounds.Select(round => round.P50.TotalMilliseconds)));

    public TimeSpan P99 => TimeSpan.FromMilliseconds(Median(Rounds.Select(round => round.P99.TotalMilliseconds)));

    public long ConnectionErrors => Rounds.Sum(round => round.ConnectionErrors);

    public long Wrong => Rounds.Sum(round => round.Wrong);

    /// <summary>Each round's requests per second, for seeing the spread behind the median.</summary>
    public string Spread => string.Join(" ", Rounds.Select(round => $"{round.RequestsPerSecond:0}"));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
