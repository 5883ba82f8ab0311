namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>The measurements of every server, with what they were measured on and how.</summary>
/// <param name="GeneratorOnBaselineQuery">One run of the C# generator, whose figures the mix's are, on the baseline's query.</param>
internal sealed record BenchmarkReport(
    BenchmarkSettings Settings, string Machine, IReadOnlyList<Workload> Workloads, IReadOnlyList<ServerUnderTest> Servers, RoundResult GeneratorOnBaselineQuery)
{
    /// <summary>The server the others are compared with.</summary>
    public ServerUnderTest Baseline => Server(ServerKind.BareName);

    public ServerUnderTest Server(string name) => Servers.Single(server => server.Kind.Name == name);

    /// <summary>A result's requests per second over the baseline's on its workload, e.g. 0.6 for 60%.</summary>
    public double ShareOfBaseline(WorkloadResult result) =>
        Baseline.For(result.Workload)?.RequestsPerSecond is { } baseline and > 0 ? result.RequestsPerSecond / baseline : 0;
}
