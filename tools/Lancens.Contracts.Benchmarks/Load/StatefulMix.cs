using System.Collections.Concurrent;

namespace Lancens.Contracts.Benchmarks.Load;

/// <summary>
/// The stateful mix: each virtual user, with an account of its own, logs in, registers, queries, updates, deletes, logs
/// out, and again, the token of each login filling the cycle's other requests. Each answer is judged: the status the
/// step expects; on a query, whether the record is this user's (its push token and user id) or another user's, a leak;
/// and, when asked (the soak), the spec's contract, whose schema validation costs CPU the server would otherwise get.
/// </summary>
internal sealed class StatefulMix(BenchmarkRequests requests, IReadOnlyList<MixPlan> plans, bool checkContract)
{
    // Under the mix most answers repeat (each user's record, the success message), so a verdict is remembered and only a
    // new answer pays for the schema validation: the soak then drove the engine 25-30% harder on 2 cores (six paired 15 s
    // soaks). Bounded, since every login answers a new token.
    private const int RememberedVerdicts = 10_000;

    // Each user's push tokens: the one it registers and the one it updates to (the same in the setup's plan).
    private readonly Dictionary<string, int> _keyOwners = plans
        .SelectMany((plan, user) => new[] { (Key: plan.RegisteredKey, User: user), (Key: plan.UpdatedKey, User: user) })
        .DistinctBy(owned => owned.Key)
        .ToDictionary(owned => owned.Key, owned => owned.User, StringComparer.Ordinal);

    private readonly ConcurrentDictionary<long, int> _userIdOwners = new();
    private readonly ConcurrentDictionary<(string Operation, int Status, string? ContentType, string Body), IReadOnlyList<string>> _verdicts = new();
    private int _verdictCount;

    public Task<RoundResult> RunAsync(Uri apiBase, int seconds, CancellationToken cancellationToken) =>
        GeneratorRun.RunAsync(plans.Count, CycleAsync, apiBase, seconds, cancellationToken);

    /// <summary>One pass of the user's cycle; it stops early when the run is over or a request got no answer.</summary>
    /// <returns>The session the cycle's login answered, when the cycle came to its end.</returns>
    public async Task<LoginSession?> CycleAsync(int user, GeneratorRun run, UserTally tally, CancellationToken cancellationToken)
    {
        var (account, _, _, cycle) = plans[user];
        var login = cycle[0];
        if (await run.SendAsync(login.Fill(new LoginSession(account.Username, account.Password, Token: string.Empty)), tally, cancellationToken) is not { } loggedIn)
        {
            return null;
        }

        Judge(user, login, loggedIn, session: null, tally);
        if (requests.SessionOf(account, loggedIn) is not { } session)
        {
            tally.WrongAnswer($"{login}: no token in {loggedIn.Body}");
            return null;
        }

        // Remembered as the user's, so a record with its user id is known to be its.
        if (session.UserId is { } userId)
        {
            _userIdOwners[userId] = user;
        }

        foreach (var call in cycle.Skip(1))
        {
            if (await run.SendAsync(call.Fill(session), tally, cancellationToken) is not { } answer)
            {
                return null;
            }

            Judge(user, call, answer, session, tally);
        }

        tally.CycleDone();
        return session;
    }

    private void Judge(int user, ApiCall call, ObservedResponse answer, LoginSession? session, UserTally tally)
    {
        var route = call.Operation.Route;
        if (checkContract && Undocumented(call.Operation, answer) is [var first, ..])
        {
            tally.UndocumentedAnswer($"{route} answered {answer.Status} {answer.Body}: {first}");
        }

        // Every step of the mix expects its success, which the status alone tells.
        if (answer.Status != call.Expected.Status)
        {
            tally.WrongAnswer($"{route}: status {answer.Status}, not {call.Expected.Status} {(answer.Body.Length <= 300 ? answer.Body : answer.Body[..300] + "...")}");
            return;
        }

        if (call.Operation.Effect.Action != EffectAction.Query)
        {
            return;
        }

        var (key, userId) = requests.RecordOf(answer);
        var keyOwner = key is null ? -1 : _keyOwners.GetValueOrDefault(key, -1);
        if (keyOwner == user && (userId is null || session?.UserId is null || userId == session.UserId))
        {
            return;
        }

        var idOwner = userId is { } id ? _userIdOwners.GetValueOrDefault(id, -1) : -1;
        var otherOwner = keyOwner >= 0 && keyOwner != user ? keyOwner : idOwner >= 0 && idOwner != user ? idOwner : -1;
        if (otherOwner >= 0)
        {
            tally.Leak($"user {user}'s query answered user {otherOwner}'s record {answer.Body}");
        }
        else
        {
            tally.WrongAnswer($"{route}: a record with {requests.KeyField} {(key is null ? "none" : key.Length <= 12 ? key : key[..12] + "...")}, not user {user}'s");
        }
    }

    private IReadOnlyList<string> Undocumented(ApiOperation operation, ObservedResponse answer)
    {
        var key = (operation.Id, answer.Status, answer.ContentType, answer.Body);
        if (!_verdicts.TryGetValue(key, out var problems))
        {
            problems = ResponseContract.Undocumented(operation, answer);
            // Counted apart: ConcurrentDictionary.Count takes every lock.
            if (Volatile.Read(ref _verdictCount) < RememberedVerdicts && _verdicts.TryAdd(key, problems))
            {
                Interlocked.Increment(ref _verdictCount);
            }
        }

        return problems;
    }
}
