namespace Lancens.Contracts.Benchmarks;

/// <summary>Everything measured on one server: its start, its workloads, and its memory after them.</summary>
internal sealed record ServerMeasurement(string Name, TimeSpan TimeToReady, long ResidentBytesAfterRuns, IReadOnlyList<WorkloadResult> Results)
{
    public WorkloadResult For(Workload workload) => Results.Single(result => result.Workload == workload);
}

/// <summary>The rounds of one workload on one server, summarised by their medians.</summary>
internal sealed record WorkloadResult(Workload Workload, IReadOnlyList<WrkResult> Rounds)
{
    public double RequestsPerSecond => Median(Rounds.Select(round => round.RequestsPerSecond));

    public TimeSpan P50 => TimeSpan.FromMilliseconds(Median(Rounds.Select(round => round.P50.TotalMilliseconds)));

    public TimeSpan P99 => TimeSpan.FromMilliseconds(Median(Rounds.Select(round => round.P99.TotalMilliseconds)));

    public long SocketErrors => Rounds.Sum(round => round.SocketErrors);

    public long StatusErrors => Rounds.Sum(round => round.StatusErrors);

    public long UnexpectedAnswers => Rounds.Sum(Workload.UnexpectedAnswers);

    /// <summary>Each round's requests per second, for seeing the spread behind the median.</summary>
    public string Spread => string.Join(" ", Rounds.Select(round => $"{round.RequestsPerSecond:0}"));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
