namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>Everything measured on one server: its starts, its workloads, its memory after them, and what its answers could not be held to.</summary>
/// <param name="Notes">Per workload, how the server's answer differs from a host that remembers and tells errors apart; absent when it does not.</param>
internal sealed record ServerMeasurement(
    string Name,
    string Description,
    bool Remembers,
    IReadOnlyList<TimeSpan> ReadyTimes,
    TimeSpan MedianReadyTime,
    string? SelfReportedReady,
    long ResidentBytesAfterRuns,
    IReadOnlyList<WorkloadResult> Results,
    IReadOnlyDictionary<string, string> Notes)
{
    public double ResidentMegabytes => ResidentBytesAfterRuns / (1024.0 * 1024.0);

    public WorkloadResult For(Workload workload) => Results.Single(result => result.Workload == workload);
}
