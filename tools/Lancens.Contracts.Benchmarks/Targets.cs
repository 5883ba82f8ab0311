namespace Lancens.Contracts.Benchmarks;

/// <summary>One target for the generated mock, and whether this run met it.</summary>
internal sealed record TargetCheck(string Target, string Measured, bool Met);

/// <summary>The targets the generated mock is held to; a missed one is reported, never a failed run.</summary>
internal static class Targets
{
    public static readonly TimeSpan MaxTimeToReady = TimeSpan.FromSeconds(2.5);
    public static readonly TimeSpan MaxP99 = TimeSpan.FromMilliseconds(60);
    public const double MinThroughputRatio = 0.85;
    public const long MaxResidentMegabytes = 600;

    public static IReadOnlyList<TargetCheck> Check(BenchmarkReport report)
    {
        var generated = report.Generated;
        var checks = new List<TargetCheck>
        {
            new($"time to ready <= {MaxTimeToReady.TotalSeconds:0.0} s",
                $"{generated.TimeToReady.TotalSeconds:0.00} s",
                generated.TimeToReady <= MaxTimeToReady),
        };
        foreach (var workload in Workloads.Measured)
        {
            var ratio = report.ThroughputRatio(workload);
            checks.Add(new($"{workload.Name}: throughput >= {MinThroughputRatio:0%} of minimal", $"{ratio:0.0%}", ratio >= MinThroughputRatio));
        }

        foreach (var workload in Workloads.Measured)
        {
            var p99 = generated.For(workload).P99;
            checks.Add(new($"{workload.Name}: p99 <= {MaxP99.TotalMilliseconds:0} ms (median of the rounds)", $"{p99.TotalMilliseconds:0.00} ms", p99 <= MaxP99));
        }

        var megabytes = ReportWriter.Megabytes(generated.ResidentBytesAfterRuns);
        checks.Add(new($"RSS after the runs <= {MaxResidentMegabytes} MB", $"{megabytes:0} MB", megabytes <= MaxResidentMegabytes));
        return checks;
    }
}
