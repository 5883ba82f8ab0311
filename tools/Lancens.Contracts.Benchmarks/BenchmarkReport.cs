namespace Lancens.Contracts.Benchmarks;

/// <summary>The measurements of both servers, with what they were measured on and how.</summary>
internal sealed record BenchmarkReport(BenchmarkSettings Settings, Machine Machine, ServerMeasurement Generated, ServerMeasurement Minimal)
{
    /// <summary>Generated over minimal requests per second, e.g. 0.9 for 90%.</summary>
    public double ThroughputRatio(Workload workload)
    {
        var minimal = Minimal.For(workload).RequestsPerSecond;
        return minimal > 0 ? Generated.For(workload).RequestsPerSecond / minimal : 0;
    }
}
