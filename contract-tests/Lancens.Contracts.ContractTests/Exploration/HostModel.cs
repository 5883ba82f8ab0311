using System.Text.Json.Nodes;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.ContractTests.Exploration;

/// <summary>
/// The reference model of the host, from the spec alone (<c>x-lancens-effect</c> and the effects' documented meaning,
/// the record schema and the register body's defaults through <see cref="Model.Checking.RecordExpectation"/>), never from the
/// engine's code: given a step, it says what the answer must be and what the host then remembers. Rules a test breaks
/// on purpose are virtual.
/// </summary>
internal class HostModel(ApiSpecification spec, int accounts)
{
    private readonly List<Session> _sessions = [];
    private readonly Dictionary<(int Account, string Resource), JsonObject> _registrations = [];
    private readonly long?[] _userIds = new long?[accounts];

    public ApiSpecification Spec => spec;

    public int Accounts => accounts;

    public IReadOnlyList<Session> Sessions => _sessions;

    /// <summary>A session the sequence holds: whose, its token, and whether the host should still accept it.</summary>
    public sealed record Session(int Account, string Token, bool Live);

    /// <summary>What one answer must be: the documented answer, and for a record the fields registered.</summary>
    public sealed record Expected(DocumentedAnswer Answer, JsonObject? Record = null, long? UserId = null);

    public long? UserIdOf(int account) => _userIds[account];

    public JsonObject? Registered(int account, string resource) => _registrations.GetValueOrDefault((account, resource));

    /// <summary>Another account's registration key for the kind, if one is registered.</summary>
    public string? KeyOfAnother(int account, string resource, string keyName) =>
        _registrations.Where(pair => pair.Key.Account != account && pair.Key.Resource == resource)
            .Select(pair => pair.Value[keyName]?.GetValue<string>()).FirstOrDefault(key => key is not null);

    public Expected LoginExpected() => new(spec.OperationFor(EffectAction.Login).SuccessAnswer);

    /// <summary>A login answered: a new live session, the account's push tokens gone.</summary>
    public void LoggedIn(int account, string token, long? userId)
    {
        _sessions.Add(new Session(account, token, Live: true));
        _userIds[account] ??= userId;
        Forget(account);
    }

    public Expected LogOut(int session)
    {
        var logout = spec.OperationFor(EffectAction.Logout);
        var current = _sessions[session];
        if (!current.Live)
        {
            return new Expected(logout.Answer(logout.Error(ErrorCategory.InvalidToken)));
        }

        _sessions[session] = current with { Live = false };
        Forget(current.Account);
        return new Expected(logout.SuccessAnswer);
    }

    /// <summary>A push-token operation: its answer by the operation's effect, and what the host remembers after it.</summary>
    /// <param name="sent">The body's fields as sent, key included; null for an operation without a body.</param>
    /// <param name="serial">The registration key the path names, for the operations that take one.</param>
    public Expected Act(int session, ApiOperation operation, JsonObject? sent, string? serial)
    {
        var (account, _, live) = _sessions[session];
        var resource = operation.Effect.Resource ?? throw new InvalidOperationException($"{operation.Id} acts on no push-token kind");
        if (!live)
        {
            return new Expected(operation.Answer(operation.Error(ErrorCategory.InvalidToken)));
        }

        var registered = Registered(account, resource);
        var keyName = spec.RegistrationKeyField(resource).Name;
        var named = serial is null || registered?[keyName]?.GetValue<string>() == serial;
        if (operation.Effect.NeedsRegistration && (registered is null || !named))
        {
            return new Expected(operation.Answer(operation.Error(ErrorCategory.NoData)));
        }

        if (operation.Effect.Action == EffectAction.Query)
        {
            return new Expected(operation.SuccessAnswer, registered?.DeepClone().AsObject(), _userIds[account]);
        }

        if (operation.Effect.RemovesRegistration)
        {
            foreach (var kind in KindsRemoved(resource))
            {
                _registrations.Remove((account, kind));
            }
        }
        else if (operation.Effect.LeavesRegistration && sent is not null)
        {
            // Register replaces; update, which needs a registration, changes the fields it sends and keeps the rest.
            var next = operation.Effect.NeedsRegistration && registered is not null ? registered.DeepClone().AsObject() : [];
            foreach (var (name, value) in sent)
            {
                next[name] = value?.DeepClone();
            }

            _registrations[(account, resource)] = next;
        }

        return new Expected(operation.SuccessAnswer);
    }

    /// <summary>An altered token names no session: every header-token operation answers invalid token.</summary>
    public Expected Altered(ApiOperation operation) => new(operation.Answer(operation.Error(ErrorCategory.InvalidToken)));

    /// <summary>A copy that can go on differently, for trying orders of concurrent requests.</summary>
    public HostModel Copy()
    {
        var copy = NewOfSameKind();
        copy._sessions.AddRange(_sessions);
        foreach (var (key, value) in _registrations)
        {
            copy._registrations[key] = value.DeepClone().AsObject();
        }

        _userIds.CopyTo(copy._userIds, 0);
        return copy;
    }

    /// <summary>The kinds a delete-one or clear of <paramref name="resource"/> removes: that kind only (the assumption register-repeat-and-clear).</summary>
    protected virtual IEnumerable<string> KindsRemoved(string resource) => [resource];

    protected virtual HostModel NewOfSameKind() => new(spec, accounts);

    // Login and logout delete every push token of the user (their descriptions; session-clears-push-tokens).
    private void Forget(int account)
    {
        foreach (var resource in spec.Resources)
        {
            _registrations.Remove((account, resource));
        }
    }
}
