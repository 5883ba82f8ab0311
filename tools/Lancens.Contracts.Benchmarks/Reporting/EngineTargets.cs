using Lancens.Contracts.Benchmarks.Measuring;
using Lancens.Contracts.Benchmarks.Servers;

namespace Lancens.Contracts.Benchmarks.Reporting;

/// <summary>The targets the engine is held to; a missed one is reported, never a failed run.</summary>
internal static class EngineTargets
{
    public const double MinShareOfBare = 0.5;
    public const double MaxResidentMegabytes = 150;
    public static readonly TimeSpan MaxP99 = TimeSpan.FromMilliseconds(10);
    public static readonly TimeSpan MaxTimeToReady = TimeSpan.FromSeconds(0.6);

    public static IReadOnlyList<TargetVerdict> Judge(BenchmarkReport report)
    {
        var engine = report.Server(ServerKind.EngineName);
        var verdicts = new List<TargetVerdict>();
        foreach (var workload in report.Workloads)
        {
            var share = report.ShareOfBaseline(engine, workload);
            verdicts.Add(new($"{workload}: req/s >= {MinShareOfBare:0%} of {report.Baseline}", $"{share:0.0%}", share >= MinShareOfBare));
        }

        foreach (var workload in report.Workloads)
        {
            var p99 = engine.For(workload).P99;
            verdicts.Add(new($"{workload}: p99 <= {MaxP99.TotalMilliseconds:0} ms at {report.Settings.Connections} connections", $"{p99.TotalMilliseconds:0.00} ms", p99 <= MaxP99));
        }

        verdicts.Add(new(
            $"ready <= {MaxTimeToReady.TotalSeconds:0.0} s from process start (median)",
            $"{engine.MedianReadyTime.TotalSeconds:0.000} s",
            engine.MedianReadyTime <= MaxTimeToReady));
        verdicts.Add(new(
            $"RSS after the runs <= {MaxResidentMegabytes:0} MB (journal {ServerKind.JournalEntries})",
            $"{engine.ResidentMegabytes:0} MB",
            engine.ResidentMegabytes <= MaxResidentMegabytes));
        return verdicts;
    }
}

/// <summary>One target the engine is held to, what this run measured, and whether that met it.</summary>
internal sealed record TargetVerdict(string Target, string Measured, bool Met);
