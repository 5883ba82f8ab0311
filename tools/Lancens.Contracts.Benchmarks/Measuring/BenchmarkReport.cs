using Lancens.Contracts.Benchmarks.Requests;
using Lancens.Contracts.Benchmarks.Servers;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>The measurements of every server, with what they were measured on and how.</summary>
internal sealed record BenchmarkReport(
    BenchmarkSettings Settings, Machine Machine, IReadOnlyList<Workload> Workloads, IReadOnlyList<ServerMeasurement> Servers, GeneratorCost GeneratorCost)
{
    /// <summary>The server the others are compared with.</summary>
    public string Baseline => ServerKind.BareName;

    public ServerMeasurement Server(string name) => Servers.Single(server => server.Name == name);

    /// <summary>A server's requests per second over the baseline's on a workload, e.g. 0.6 for 60%.</summary>
    public double ShareOfBaseline(ServerMeasurement server, Workload workload)
    {
        var baseline = Server(Baseline).For(workload).RequestsPerSecond;
        return baseline > 0 ? server.For(workload).RequestsPerSecond / baseline : 0;
    }
}

/// <summary>Everything measured on one server: its starts, its workloads, its memory after them, and what its answers could not be held to.</summary>
/// <param name="Notes">Per workload, how the server's answer differs from a host that remembers and tells errors apart; absent when it does not.</param>
internal sealed record ServerMeasurement(
    ServerKind Kind,
    IReadOnlyList<TimeSpan> ReadyTimes,
    string? SelfReportedReady,
    long ResidentBytesAfterRuns,
    IReadOnlyList<WorkloadResult> Results,
    IReadOnlyDictionary<string, string> Notes)
{
    public string Name => Kind.Name;

    public TimeSpan MedianReadyTime => TimeSpan.FromSeconds(WorkloadResult.Median(ReadyTimes.Select(time => time.TotalSeconds)));

    public double ResidentMegabytes => ResidentBytesAfterRuns / (1024.0 * 1024.0);

    public WorkloadResult For(Workload workload) => Results.Single(result => result.Workload == workload);
}

/// <summary>The same request against the same server, driven once by wrk and once by the C# generator: what the generator costs.</summary>
internal sealed record GeneratorCost(string Server, string Workload, RoundResult Wrk, RoundResult Generator)
{
    public double Ratio => Wrk.RequestsPerSecond > 0 ? Generator.RequestsPerSecond / Wrk.RequestsPerSecond : 0;
}
