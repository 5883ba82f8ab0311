using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Lancens.Contracts.MockServer.State;

/// <summary>
/// The engine's memory. Safe under concurrency: tokens live in one concurrent map, and each account's registrations
/// change under that account's lock, so two accounts never wait for each other and never see each other's records.
/// </summary>
internal sealed class AccountStore : IAccountStore
{
    private readonly ConcurrentDictionary<string, AccountRecord> _accounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StoredAccount> _tokens = new(StringComparer.Ordinal);
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

    public void Reset()
    {
        _tokens.Clear();
        _accounts.Clear();
        _nextUserId = _firstUserId;
        foreach (var account in _configured)
        {
            _accounts[account.Username] = NewRecord(account.Username, account.Password);
        }
    }

    public StoredAccount? Authenticate(string username, string password)
    {
        var record = _createOnLogin ? _accounts.GetOrAdd(username, name => NewRecord(name, password)) : _accounts.GetValueOrDefault(username);
        return record?.Password is { } known && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(known), Encoding.UTF8.GetBytes(password))
            ? record.Account
            : null;
    }

    public void Login(StoredAccount account, string token)
    {
        ClearAll(account);
        _tokens[token] = account;
    }

    public StoredAccount? Session(string token) => _tokens.GetValueOrDefault(token);

    public void Logout(string token)
    {
        if (_tokens.TryRemove(token, out var account))
        {
            ClearAll(account);
        }
    }

    public void Register(StoredAccount account, string resource, Registration registration) =>
        WithRegistrations(account, registrations => registrations[resource] = registration);

    public Registration? Query(StoredAccount account, string resource) =>
        WithRegistrations(account, registrations => registrations.GetValueOrDefault(resource));

    public bool Update(StoredAccount account, string resource, string serial, Func<Registration, Registration> change) =>
        WithRegistrations(account, registrations =>
        {
            if (!registrations.TryGetValue(resource, out var registration) || registration.Key != serial)
            {
                return false;
            }

            registrations[resource] = change(registration);
            return true;
        });

    public bool Delete(StoredAccount account, string resource, string serial) =>
        WithRegistrations(account, registrations =>
            registrations.TryGetValue(resource, out var registration) && registration.Key == serial && registrations.Remove(resource));

    public void Clear(StoredAccount account, string resource) =>
        WithRegistrations(account, registrations => registrations.Remove(resource));

    public IReadOnlyList<AccountSnapshot> Snapshot()
    {
        var sessions = _tokens.Values.GroupBy(account => account.Username).ToDictionary(group => group.Key, group => group.Count());
        return [.. _accounts.Values.OrderBy(record => record.Account.UserId).Select(record =>
        {
            lock (record.Gate)
            {
                return new AccountSnapshot(
                    record.Account.Username,
                    record.Account.UserId,
                    sessions.GetValueOrDefault(record.Account.Username),
                    record.Registrations.ToDictionary(pair => pair.Key, pair => pair.Value.Fields, StringComparer.Ordinal));
            }
        })];
    }

    private void ClearAll(StoredAccount account) => WithRegistrations(account, registrations => registrations.Clear());

    // An account this store did not create (a wrapper's own) gets a record at first use, which no login opens.
    private T WithRegistrations<T>(StoredAccount account, Func<Dictionary<string, Registration>, T> use)
    {
        var record = _accounts.GetOrAdd(account.Username, _ => new AccountRecord(account, password: null));
        lock (record.Gate)
        {
            return use(record.Registrations);
        }
    }

    private void WithRegistrations(StoredAccount account, Action<Dictionary<string, Registration>> use) =>
        WithRegistrations(account, registrations =>
        {
            use(registrations);
            return true;
        });

    private AccountRecord NewRecord(string username, string password) =>
        new(new StoredAccount(username, Interlocked.Increment(ref _nextUserId) - 1), password);
}
