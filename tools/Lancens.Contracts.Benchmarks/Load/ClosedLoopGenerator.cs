using System.Diagnostics;

namespace Lancens.Contracts.Benchmarks.Load;

/// <summary>
/// The C# load generator: each virtual user is a task with at most one request in flight, on one connection of its
/// own, sending the next request only after the previous answer. So a user's token and registration stay its own,
/// which wrk cannot promise when one thread drives many connections.
/// </summary>
internal static class ClosedLoopGenerator
{
    public static async Task<GeneratorResult> RunAsync(
        IReadOnlyList<IVirtualUser> users, Uri apiBase, TimeSpan duration, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new LoadClient(users.Count, timeout);
        var tallies = users.Select(_ => new UserTally()).ToArray();
        var started = Stopwatch.GetTimestamp();
        var run = new GeneratorRun(client, apiBase, started + (long)(duration.TotalSeconds * Stopwatch.Frequency));
        await Task.WhenAll(users.Select((user, index) => Task.Run(() => LoopAsync(user, run, tallies[index], cancellationToken), cancellationToken)));
        return GeneratorResult.Merge(tallies, Stopwatch.GetElapsedTime(started));
    }

    private static async Task LoopAsync(IVirtualUser user, GeneratorRun run, UserTally tally, CancellationToken cancellationToken)
    {
        while (!run.IsOver)
        {
            await user.CycleAsync(run, tally, cancellationToken);
        }
    }
}
