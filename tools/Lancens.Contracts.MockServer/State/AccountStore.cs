using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Lancens.Contracts.MockServer.State;

/// <summary>
/// What the host remembers, behind its own verbs: accounts, the login tokens it issued, and each account's ring and
/// message registrations. Safe under concurrency: tokens live in one concurrent map, and each account's registrations
/// change under that account's lock, so two accounts never wait for each other and never see each other's records.
/// </summary>
internal sealed class AccountStore
{
    private readonly ConcurrentDictionary<string, Account> _accounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Account> _tokens = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<MockAccount> _configured;
    private readonly bool _createOnLogin;
    private readonly long _firstUserId;
    private long _nextUserId;

    /// <param name="configured">The accounts that exist; when empty, any well-formed account is created at its first login.</param>
    /// <param name="firstUserId">The user id of the first account, e.g. the spec's example id.</param>
    public AccountStore(IReadOnlyList<MockAccount> configured, long firstUserId)
    {
        _configured = configured;
        _createOnLogin = configured.Count == 0;
        _firstUserId = firstUserId;
        Reset();
    }

    /// <summary>An account no login opens; only the deviation that accepts any token uses it.</summary>
    public Account Anonymous { get; } = new("anonymous", string.Empty, 0);

    /// <summary>Forgets every login and registration; only the configured accounts remain.</summary>
    public void Reset()
    {
        _tokens.Clear();
        _accounts.Clear();
        lock (Anonymous.Gate)
        {
            Anonymous.Registrations.Clear();
        }

        _nextUserId = _firstUserId;
        foreach (var account in _configured)
        {
            _accounts[account.Username] = NewAccount(account.Username, account.Password);
        }
    }

    /// <summary>The account a username and password open, creating it when any account may log in; null when they open none.</summary>
    public Account? Authenticate(string username, string password)
    {
        var account = _createOnLogin ? _accounts.GetOrAdd(username, name => NewAccount(name, password)) : _accounts.GetValueOrDefault(username);
        return account is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(account.Password), System.Text.Encoding.UTF8.GetBytes(password))
            ? account
            : null;
    }

    /// <summary>Starts a session with a token of its own; the account's push tokens are deleted, as login does on the host.</summary>
    public void Login(Account account, string token, bool clearRegistrations)
    {
        if (clearRegistrations)
        {
            ClearAll(account);
        }

        _tokens[token] = account;
    }

    /// <summary>The account a token is a live session of, or null for a token this instance did not issue or that ended.</summary>
    public Account? Session(string token) => _tokens.GetValueOrDefault(token);

    /// <summary>Ends exactly this token; the account's push tokens are deleted, as logout does on the host.</summary>
    public void Logout(string token, bool endToken, bool clearRegistrations)
    {
        if (!_tokens.TryGetValue(token, out var account))
        {
            return;
        }

        if (endToken)
        {
            _tokens.TryRemove(token, out _);
        }

        if (clearRegistrations)
        {
            ClearAll(account);
        }
    }

    /// <summary>Registers, replacing what the resource held.</summary>
    public void Register(Account account, string resource, Registration registration)
    {
        lock (account.Gate)
        {
            account.Registrations[resource] = registration;
        }
    }

    public Registration? Query(Account account, string resource)
    {
        lock (account.Gate)
        {
            return account.Registrations.GetValueOrDefault(resource);
        }
    }

    /// <summary>Applies <paramref name="change"/> to the registration <paramref name="isTheOne"/> picks; false, changing nothing, when there is none.</summary>
    public bool Update(Account account, string resource, Func<Registration, bool> isTheOne, Func<Registration, Registration> change)
    {
        lock (account.Gate)
        {
            if (!account.Registrations.TryGetValue(resource, out var registration) || !isTheOne(registration))
            {
                return false;
            }

            account.Registrations[resource] = change(registration);
            return true;
        }
    }

    /// <summary>Deletes the registration <paramref name="isTheOne"/> picks; false, changing nothing, when there is none.</summary>
    public bool Delete(Account account, string resource, Func<Registration, bool> isTheOne)
    {
        lock (account.Gate)
        {
            return account.Registrations.TryGetValue(resource, out var registration) && isTheOne(registration)
                && account.Registrations.Remove(resource);
        }
    }

    public void Clear(Account account, string resource)
    {
        lock (account.Gate)
        {
            account.Registrations.Remove(resource);
        }
    }

    /// <summary>Every account with its live sessions and registrations, for the admin endpoint.</summary>
    public IReadOnlyList<AccountSnapshot> Snapshot()
    {
        var sessions = _tokens.Values.GroupBy(account => account.Username).ToDictionary(group => group.Key, group => group.Count());
        return [.. _accounts.Values.OrderBy(account => account.UserId).Select(account =>
        {
            lock (account.Gate)
            {
                return new AccountSnapshot(
                    account.Username,
                    account.UserId,
                    sessions.GetValueOrDefault(account.Username),
                    account.Registrations.ToDictionary(pair => pair.Key, pair => pair.Value.Fields, StringComparer.Ordinal));
            }
        })];
    }

    private static void ClearAll(Account account)
    {
        lock (account.Gate)
        {
            account.Registrations.Clear();
        }
    }

    private Account NewAccount(string username, string password) => new(username, password, Interlocked.Increment(ref _nextUserId) - 1);
}
