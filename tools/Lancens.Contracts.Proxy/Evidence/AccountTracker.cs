using System.Text.Json.Nodes;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Proxy.Evidence;

/// <summary>Why an account's registration of a kind is what the tracker believes: the exchange that last changed or showed it.</summary>
internal enum Cause
{
    Login,
    Logout,
    Register,
    RegisterAgain,
    Update,
    UnknownSerial,
    Delete,
    Clear,

    /// <summary>The host answered it (a query's no-data): known, but evidence of nothing.</summary>
    Observed,
}

/// <summary>What an account holds of one kind, as far as the proxy saw: the fields registered (null: nothing), why, and with which token.</summary>
/// <param name="HadBefore">For a login or logout: whether it deleted a registration.</param>
internal sealed record Held(JsonObject? Fields, string? Key, Cause Cause, string? ByToken, bool HadBefore = false)
{
    public bool IsEmpty => Fields is null;
}

/// <summary>An account the proxy saw log in, by its username: its user id and what it holds of each kind.</summary>
internal sealed class TrackedAccount(string username)
{
    public string Username { get; } = username;

    public long? UserId { get; set; }

    /// <summary>Per kind; a kind the proxy knows nothing of has no entry.</summary>
    public Dictionary<string, Held> Holds { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset? LastLogout { get; set; }
}

/// <summary>A token a login answered, followed until a logout ends it or its expiry passes.</summary>
internal sealed class TrackedSession(TrackedAccount account, string token, DateTimeOffset loggedIn, DateTimeOffset? expiresAt)
{
    public TrackedAccount Account { get; } = account;

    public string Token { get; } = token;

    public DateTimeOffset LoggedIn { get; } = loggedIn;

    public DateTimeOffset? ExpiresAt { get; } = expiresAt;

    public bool LoggedOut { get; set; }

    public bool ExpiredAt(DateTimeOffset now) => ExpiresAt is { } expiry && now >= expiry;
}

/// <summary>
/// The accounts and tokens the proxy saw, followed through the tokens their logins answered (<see cref="ApiSpecification.LoginAnswer"/>):
/// what lets an exchange be judged by the ones before it. Bounded: past its capacity the oldest are forgotten, and a
/// token it forgot is one it does not know.
/// </summary>
internal sealed class AccountTracker(int capacity)
{
    private readonly Dictionary<string, TrackedSession> _sessions = new(StringComparer.Ordinal);
    private readonly Queue<string> _sessionOrder = new();
    private readonly Dictionary<string, TrackedAccount> _accounts = new(StringComparer.Ordinal);
    private readonly Queue<string> _accountOrder = new();

    public TrackedSession? Session(string? token) => token is not null && _sessions.TryGetValue(token, out var session) ? session : null;

    public TrackedAccount Account(string username)
    {
        if (_accounts.TryGetValue(username, out var account))
        {
            return account;
        }

        if (_accounts.Count >= capacity && _accountOrder.TryDequeue(out var oldest))
        {
            _accounts.Remove(oldest);
        }

        _accountOrder.Enqueue(username);
        return _accounts[username] = new TrackedAccount(username);
    }

    public void Start(TrackedSession session)
    {
        if (_sessions.Count >= capacity && _sessionOrder.TryDequeue(out var oldest))
        {
            _sessions.Remove(oldest);
        }

        _sessionOrder.Enqueue(session.Token);
        _sessions[session.Token] = session;
    }

    /// <summary>Forgets a token, e.g. one the host refused although the proxy believed it live.</summary>
    public void Forget(string token) => _sessions.Remove(token);

    /// <summary>Whether another account than <paramref name="account"/> holds a registration of the kind, as far as the proxy saw.</summary>
    public bool OtherHolds(TrackedAccount account, string resource) =>
        _accounts.Values.Any(other => other != account && other.Holds.TryGetValue(resource, out var held) && !held.IsEmpty);
}
