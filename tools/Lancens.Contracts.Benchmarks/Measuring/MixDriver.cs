using Lancens.Contracts.Benchmarks.Load;
using Lancens.Contracts.Benchmarks.Requests;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>
/// The C# generator running the stateful mix, one virtual user (and account) per connection. Answers are judged by status
/// and by the query's record only: validating every body against its schema would take CPU from the server.
/// </summary>
internal sealed class MixDriver(BenchmarkRequests requests, IReadOnlyList<MixPlan> plans, Uri apiBase, TimeSpan timeout) : IWorkloadDriver
{
    public async Task<RoundResult> RunAsync(int seconds, CancellationToken cancellationToken)
    {
        var judge = new MixJudge(requests, plans, checkContract: false);
        var users = plans.Select((plan, index) => new MixUser(index, plan, judge)).ToList();
        return RoundResult.Of(await ClosedLoopGenerator.RunAsync(users, apiBase, TimeSpan.FromSeconds(seconds), timeout, cancellationToken));
    }
}
