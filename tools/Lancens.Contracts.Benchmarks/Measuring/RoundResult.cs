using Lancens.Contracts.Benchmarks.Load;
using Lancens.Contracts.Benchmarks.Requests;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>One measured run of one workload on one server, whichever generator drove it.</summary>
/// <param name="ConnectionErrors">Connect, read and write errors and timeouts.</param>
/// <param name="Wrong">Answers other than the expected one.</param>
internal sealed record RoundResult(long Answers, TimeSpan Duration, long ConnectionErrors, long Wrong, TimeSpan P50, TimeSpan P99)
{
    public double RequestsPerSecond => Duration > TimeSpan.Zero ? Answers / Duration.TotalSeconds : 0;

    /// <summary>A leak is a wrong answer too; only the soak tells them apart.</summary>
    public static RoundResult Of(GeneratorResult generated) =>
        new(generated.Answers, generated.Elapsed, generated.ConnectionErrors, generated.Wrong + generated.Leaks, generated.P50, generated.P99);
}

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

    /// <summary>The middle value, or the mean of the two middle ones for an even count; 0 for none.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
