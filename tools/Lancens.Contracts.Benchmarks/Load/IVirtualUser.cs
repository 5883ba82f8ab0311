namespace Lancens.Contracts.Benchmarks.Load;

/// <summary>One virtual user of the generator: it sends its next request only after the previous answer.</summary>
internal interface IVirtualUser
{
    /// <summary>One pass of the user's requests; it stops early when the run is over or a request got no answer.</summary>
    Task CycleAsync(GeneratorRun run, UserTally tally, CancellationToken cancellationToken);
}
