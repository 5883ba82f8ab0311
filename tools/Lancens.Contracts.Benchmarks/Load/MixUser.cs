using Lancens.Contracts.Benchmarks.Requests;

namespace Lancens.Contracts.Benchmarks.Load;

/// <summary>
/// A virtual user of the stateful mix, with an account of its own: log in, register, query, update, delete, log out, and
/// again. The token of each login fills the cycle's other requests.
/// </summary>
internal sealed class MixUser(int index, MixPlan plan, MixJudge judge) : IVirtualUser
{
    public async Task CycleAsync(GeneratorRun run, UserTally tally, CancellationToken cancellationToken)
    {
        var login = plan.Cycle[0];
        if (await run.SendAsync(login.Fill(plan.LoggedOut), tally, cancellationToken) is not { } loggedIn)
        {
            return;
        }

        judge.Judge(index, login, loggedIn, session: null, tally);
        if (judge.LoggedIn(index, plan, loggedIn) is not { } session)
        {
            tally.WrongAnswer($"{login}: no token in {loggedIn.Body}");
            return;
        }

        foreach (var call in plan.Cycle.Skip(1))
        {
            if (await run.SendAsync(call.Fill(session), tally, cancellationToken) is not { } answer)
            {
                return;
            }

            judge.Judge(index, call, answer, session, tally);
        }

        tally.CycleDone();
    }
}
