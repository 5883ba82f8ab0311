using Lancens.Contracts.Benchmarks.Requests;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>What is measured: one request repeated by wrk, or (no request) the stateful mix driven by the C# generator.</summary>
internal sealed record Workload(string Name, ApiCall? Repeated)
{
    public bool IsStatefulMix => Repeated is null;

    /// <summary>Query, register and natural error with wrk, then the stateful mix last, since it changes what each server remembers.</summary>
    public static IReadOnlyList<Workload> All(BenchmarkRequests requests) =>
    [
        new("query", requests.Query),
        new("register", requests.Register),
        new("natural error", requests.NaturalError),
        new("stateful mix", null),
    ];

    public override string ToString() => Name;
}
