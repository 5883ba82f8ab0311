namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>Drives one workload against one server for a while: wrk for a repeated request, the C# generator for the mix.</summary>
internal interface IWorkloadDriver
{
    Task<RoundResult> RunAsync(int seconds, CancellationToken cancellationToken);
}
