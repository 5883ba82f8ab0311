using System.Collections.Concurrent;
using Lancens.Contracts.Benchmarks.Checks;
using Lancens.Contracts.Benchmarks.Requests;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Benchmarks.Load;

/// <summary>
/// Judges each answer of the stateful mix: the status the step expects; on a query, whether the record is this user's
/// (its push token and user id) or another user's, a leak; and, when asked (the soak), the spec's contract for every
/// answer, whose schema validation costs CPU the server would otherwise get.
/// </summary>
internal sealed class MixJudge
{
    private readonly BenchmarkRequests _requests;
    private readonly string _keyField;
    private readonly ContractVerdicts? _contract;
    private readonly Dictionary<string, int> _keyOwners = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, int> _userIdOwners = new();

    public MixJudge(BenchmarkRequests requests, IReadOnlyList<MixPlan> plans, bool checkContract)
    {
        _requests = requests;
        _keyField = requests.KeyField;
        _contract = checkContract ? new ContractVerdicts() : null;
        for (var index = 0; index < plans.Count; index++)
        {
            _keyOwners[plans[index].RegisteredKey] = index;
            _keyOwners[plans[index].UpdatedKey] = index;
        }
    }

    /// <summary>The session a login answered, remembered as the user's so a record with its user id is known to be its.</summary>
    public LoginSession? LoggedIn(int user, MixPlan plan, ObservedResponse answer)
    {
        var session = _requests.SessionOf(plan.Account, answer);
        if (session?.UserId is { } userId)
        {
            _userIdOwners[userId] = user;
        }

        return session;
    }

    public void Judge(int user, ApiCall call, ObservedResponse answer, LoginSession? session, UserTally tally)
    {
        var operation = call.Operation;
        if (_contract?.Undocumented(operation, answer) is [var first, ..])
        {
            tally.UndocumentedAnswer($"{operation.Route} answered {answer.Status} {answer.Body}: {first}");
        }

        // Every step of the mix expects its success, which the status alone tells.
        if (answer.Status != call.Expected.Status)
        {
            tally.WrongAnswer($"{operation.Route}: status {answer.Status}, not {call.Expected.Status} {Shortened(answer.Body)}");
            return;
        }

        if (operation.Effect.Action == EffectAction.Query)
        {
            JudgeRecord(user, operation, answer, session, tally);
        }
    }

    private void JudgeRecord(int user, ApiOperation query, ObservedResponse answer, LoginSession? session, UserTally tally)
    {
        var record = RecordAnswer.Read(query, _keyField, answer);
        var ownKey = record.Key is not null && _keyOwners.GetValueOrDefault(record.Key, -1) == user;
        var ownId = record.UserId is null || session?.UserId is null || record.UserId == session.UserId;
        if (ownKey && ownId)
        {
            return;
        }

        var keyOwner = record.Key is null ? -1 : _keyOwners.GetValueOrDefault(record.Key, -1);
        var idOwner = record.UserId is { } id ? _userIdOwners.GetValueOrDefault(id, -1) : -1;
        if ((keyOwner >= 0 && keyOwner != user) || (idOwner >= 0 && idOwner != user))
        {
            tally.Leak($"user {user}'s query answered user {Math.Max(keyOwner, idOwner)}'s record {answer.Body}");
            return;
        }

        tally.WrongAnswer($"{query.Route}: a record with {_keyField} {Abbreviated(record.Key)}, not user {user}'s");
    }

    private static string Shortened(string body) => body.Length <= 300 ? body : body[..300] + "...";

    private static string Abbreviated(string? key) => key is null ? "none" : key.Length <= 12 ? key : key[..12] + "...";
}
