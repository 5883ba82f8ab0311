namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>The same request against the same server, driven once by wrk and once by the C# generator: what the generator costs.</summary>
internal sealed record GeneratorCost(string Server, string Workload, RoundResult Wrk, RoundResult Generator)
{
    public double Ratio => Wrk.RequestsPerSecond > 0 ? Generator.RequestsPerSecond / Wrk.RequestsPerSecond : 0;
}
