using Lancens.Contracts.ContractTests.Exploration;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Journeys;

/// <summary>
/// The host's state explored by machine rather than along paths someone thought of: random sequences across accounts
/// and kinds against the reference model, and concurrent requests that some order of them must explain.
/// </summary>
internal static class ExplorationJourneys
{
    public static IEnumerable<Journey> All() =>
    [
        new("explored-sequences", "random sequences of logins, logouts and every push-token operation, across accounts and kinds, agree with the reference model step by step", TargetNeeds.ValueMemory | TargetNeeds.IssuedTokens, ExploreAsync),
        new("explored-concurrency", "push-token requests of one account sent at once are answered as some order of them would be", TargetNeeds.ValueMemory | TargetNeeds.IssuedTokens | TargetNeeds.ConcurrentClients, ConcurrencyAsync),
    ];

    // A few hundred batches: each tries up to 24 orders, in memory.
    private const int ConcurrentBatches = 200;

    private static async Task ExploreAsync(JourneyContext context)
    {
        var exploration = new StateExploration(context.Runtime);
        await exploration.ExploreAsync(context.Runtime.Settings.ExploredSequences, context.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine($"explored-sequences: {exploration.Sequences} sequences, {exploration.StepsSent} requests, seed {context.Runtime.Settings.Seed}");
    }

    private static async Task ConcurrencyAsync(JourneyContext context)
    {
        var exploration = new ConcurrentExploration(context.Runtime);
        await exploration.ExploreAsync(ConcurrentBatches, context.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine($"explored-concurrency: {exploration.Batches} batches, seed {context.Runtime.Settings.Seed}");
    }
}
