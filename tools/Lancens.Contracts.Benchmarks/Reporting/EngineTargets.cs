namespace Lancens.Contracts.Benchmarks.Reporting;

/// <summary>The targets the engine is held to; a missed one is reported, never a failed run.</summary>
internal static class EngineTargets
{
    public const double MinShareOfBare = 0.5;
    public const double MaxResidentMegabytes = 150;
    public static readonly TimeSpan MaxP99 = TimeSpan.FromMilliseconds(10);
    public static readonly TimeSpan MaxTimeToReady = TimeSpan.FromSeconds(0.6);

    /// <returns>Each target, what this run measured, and whether that met it.</returns>
    public static IReadOnlyList<(string Target, string Measured, bool Met)> Judge(BenchmarkReport report)
    {
        var engine = report.Server(ServerKind.EngineName);
        return
        [
            .. engine.Results.Select(result =>
                ($"{result.Workload}: req/s >= {MinShareOfBare:0%} of {report.Baseline}", $"{report.ShareOfBaseline(result):0.0%}", report.ShareOfBaseline(result) >= MinShareOfBare)),
            .. engine.Results.Select(result =>
                ($"{result.Workload}: p99 <= {MaxP99.TotalMilliseconds:0} ms at {report.Settings.Connections} connections", $"{result.P99.TotalMilliseconds:0.00} ms", result.P99 <= MaxP99)),
            ($"ready <= {MaxTimeToReady.TotalSeconds:0.0} s from process start (median)", $"{engine.MedianReadyTime.TotalSeconds:0.000} s", engine.MedianReadyTime <= MaxTimeToReady),
            ($"RSS after the runs <= {MaxResidentMegabytes:0} MB (journal {ServerKind.JournalEntries})", $"{engine.ResidentMegabytes:0} MB", engine.ResidentMegabytes <= MaxResidentMegabytes),
        ];
    }
}
