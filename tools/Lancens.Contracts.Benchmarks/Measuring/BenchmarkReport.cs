
namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>The measurements of every server, with what they were measured on and how.</summary>
/// <param name="Baseline">The server the others are compared with: the bare endpoint.</param>
internal sealed record BenchmarkReport(
    BenchmarkSettings Settings,
    Machine Machine,
    IReadOnlyList<Workload> Workloads,
    IReadOnlyList<ServerMeasurement> Servers,
    string Baseline,
    GeneratorCost GeneratorCost)
{
    public ServerMeasurement Server(string name) => Servers.Single(server => server.Name == name);

    /// <summary>A server's requests per second over the baseline's on a workload, e.g. 0.6 for 60%.</summary>
    public double ShareOfBaseline(ServerMeasurement server, Workload workload)
    {
        var baseline = Server(Baseline).For(workload).RequestsPerSecond;
        return baseline > 0 ? server.For(workload).RequestsPerSecond / baseline : 0;
    }
}

/// <summary>The same request against the same server, driven once by wrk and once by the C# generator: what the generator costs.</summary>
internal sealed record GeneratorCost(string Server, string Workload, RoundResult Wrk, RoundResult Generator)
{
    public double Ratio => Wrk.RequestsPerSecond > 0 ? Generator.RequestsPerSecond / Wrk.RequestsPerSecond : 0;
}
