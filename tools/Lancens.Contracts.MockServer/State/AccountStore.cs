using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Lancens.Contracts.MockServer.State;

/// <summary>
/// The engine's memory. Safe under concurrency: tokens live in one concurrent map, and each account's registrations and
/// tokens change under that account's lock, so two accounts never wait for each other and never see each other's
/// records. Bounded (<see cref="StoreBounds"/>): it forgets least recently used accounts and ends oldest sessions, and
/// says so through <c>forgotten</c>. A forgotten account stays forgotten: a request of it already under way (a login
/// between its password check and its session) changes nothing, and its username is free for a new account.
/// </summary>
internal sealed class AccountStore : IAccountStore
{
    private readonly ConcurrentDictionary<string, AccountRecord> _accounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LiveSession> _tokens = new(StringComparer.Ordinal);
    private readonly Lock _forgetting = new();
    private readonly Lock _creating = new();

    // Every account this store issued, by reference and weakly: one missing from _accounts but here was forgotten,
    // where one found in neither is a decorator's own.
    private readonly ConditionalWeakTable<StoredAccount, AccountRecord> _issued = [];
    private readonly IReadOnlyList<MockAccount> _configured;
    private readonly bool _createOnLogin;
    private readonly long _firstUserId;
    private readonly StoreBounds _bounds;
    private readonly TimeProvider _clock;
    private readonly Action<string> _forgotten;
    private long _nextUserId;

    /// <param name="configured">The accounts that exist; when empty, any well-formed account is created at its first login.</param>
    /// <param name="firstUserId">The user id of the first account, e.g. the spec's example id.</param>
    /// <param name="forgotten">Told, in words, of every account forgotten and session ended to stay within the bounds.</param>
    public AccountStore(IReadOnlyList<MockAccount> configured, long firstUserId, StoreBounds bounds, TimeProvider clock, Action<string> forgotten)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bounds.MaxAccounts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(bounds.MaxSessionsPerAccount, 1);
        _configured = configured;
        _createOnLogin = configured.Count == 0;
        _firstUserId = firstUserId;
        _bounds = bounds;
        _clock = clock;
        _forgotten = forgotten;
        Reset();
    }

    public void Reset()
    {
        lock (_creating)
        {
            _tokens.Clear();
            _accounts.Clear();
            _nextUserId = _firstUserId;
            foreach (var account in _configured)
            {
                _accounts[account.Username] = NewRecord(account.Username, account.Password, configured: true);
            }
        }
    }

    public StoredAccount? Authenticate(string username, string password)
    {
        var record = _accounts.GetValueOrDefault(username) ?? (_createOnLogin ? Create(username, password) : null);
        if (record?.Password is not { } known || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(known), Encoding.UTF8.GetBytes(password)))
        {
            return null;
        }

        record.Touch(_clock.GetTimestamp());
        return record.Account;
    }

    public void Login(StoredAccount account, string token, DateTimeOffset? expiresAt)
    {
        if (RecordOf(account) is not { } record)
        {
            _forgotten($"a login of {account.Username} came after the account was forgotten: its token opens nothing");
            return;
        }

        var ended = new List<string>();
        lock (record.Gate)
        {
            record.Registrations.Clear();
            record.Tokens.Add(token);
            _tokens[token] = new LiveSession(account, expiresAt);
            while (record.Tokens.Count > _bounds.MaxSessionsPerAccount)
            {
                ended.Add(record.Tokens[0]);
                record.Tokens.RemoveAt(0);
            }
        }

        foreach (var old in ended)
        {
            _tokens.TryRemove(old, out _);
        }

        if (ended.Count > 0)
        {
            _forgotten($"ended the oldest session of {account.Username}: at most {_bounds.MaxSessionsPerAccount} live sessions per account");
        }
    }

    public LiveSession? Session(string token)
    {
        if (!_tokens.TryGetValue(token, out var session))
        {
            return null;
        }

        if (session.IsExpiredAt(_clock.GetUtcNow()))
        {
            End(token, session.Account);
            return null;
        }

        // Forgotten since the token was looked up: its tokens go with it.
        if (RecordOf(session.Account) is not { } record)
        {
            return null;
        }

        record.Touch(_clock.GetTimestamp());
        return session;
    }

    public void Logout(string token)
    {
        if (_tokens.TryGetValue(token, out var session))
        {
            End(token, session.Account);
            WithRegistrations(session.Account, registrations => registrations.Clear());
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

    public AccountPage Snapshot(int offset, int limit)
    {
        var now = _clock.GetUtcNow();
        var records = _accounts.Values.OrderBy(record => record.Account.UserId).ToList();
        var page = records.Skip(Math.Max(0, offset)).Take(Math.Max(0, limit)).Select(record =>
        {
            lock (record.Gate)
            {
                var live = record.Tokens.Select(token => _tokens.GetValueOrDefault(token)).OfType<LiveSession>().Where(session => !session.IsExpiredAt(now)).ToList();
                return new AccountSnapshot(
                    record.Account.Username,
                    record.Account.UserId,
                    live.Count,
                    live.Select(session => session.ExpiresAt).OfType<DateTimeOffset>().Order().Cast<DateTimeOffset?>().FirstOrDefault(),
                    record.Registrations.ToDictionary(pair => pair.Key, pair => pair.Value.Fields, StringComparer.Ordinal));
            }
        });
        return new AccountPage(records.Count, Math.Max(0, offset), [.. page]);
    }

    private void End(string token, StoredAccount account)
    {
        _tokens.TryRemove(token, out _);
        if (_accounts.TryGetValue(account.Username, out var record))
        {
            lock (record.Gate)
            {
                record.Tokens.Remove(token);
            }
        }
    }

    // Past the bound, about one in a hundred accounts goes at once, least recently used first, those without a live
    // session before any with one: the sort is paid once per batch, not once per new account.
    private void ForgetLeastRecentlyUsed(string keep)
    {
        lock (_forgetting)
        {
            var excess = _accounts.Count - _bounds.MaxAccounts;
            if (excess <= 0)
            {
                return;
            }

            var now = _clock.GetUtcNow();
            var batch = excess + (_bounds.MaxAccounts / 100);
            var victims = _accounts.Values
                .Where(record => !record.Configured && record.Account.Username != keep)
                .OrderBy(record => HasLiveSession(record, now))
                .ThenBy(record => record.LastUsed)
                .Take(batch)
                .ToList();
            foreach (var record in victims)
            {
                _accounts.TryRemove(record.Account.Username, out _);
                lock (record.Gate)
                {
                    foreach (var token in record.Tokens)
                    {
                        _tokens.TryRemove(token, out _);
                    }
                }
            }

            if (victims.Count > 0)
            {
                _forgotten($"forgot {victims.Count} least recently used account(s), e.g. {victims[0].Account.Username}: at most {_bounds.MaxAccounts} accounts");
            }
        }
    }

    private bool HasLiveSession(AccountRecord record, DateTimeOffset now)
    {
        lock (record.Gate)
        {
            return record.Tokens.Any(token => _tokens.TryGetValue(token, out var session) && !session.IsExpiredAt(now));
        }
    }

    // Under a lock, so two first logins of one username make one account and use up one user id.
    private AccountRecord Create(string username, string password)
    {
        AccountRecord record;
        lock (_creating)
        {
            if (_accounts.TryGetValue(username, out var existing))
            {
                return existing;
            }

            record = NewRecord(username, password, configured: false);
            _accounts[username] = record;
        }

        if (_accounts.Count > _bounds.MaxAccounts)
        {
            ForgetLeastRecentlyUsed(keep: username);
        }

        return record;
    }

    // The account's record; null for one this store issued and has since forgotten (or replaced with a newer account of
    // that username), which is never brought back without its password. An account this store never issued (a
    // decorator's own, such as one that every account shares) gets a record at first use, which no login opens.
    private AccountRecord? RecordOf(StoredAccount account)
    {
        if (_accounts.TryGetValue(account.Username, out var record))
        {
            return record.Account == account ? record : null;
        }

        return _issued.TryGetValue(account, out _)
            ? null
            : _accounts.GetOrAdd(account.Username, _ => new AccountRecord(account, password: null, configured: false, _clock.GetTimestamp()));
    }

    // A forgotten account keeps nothing: what it registers is dropped, and it has nothing to query, update or delete.
    private T WithRegistrations<T>(StoredAccount account, Func<Dictionary<string, Registration>, T> use)
    {
        if (RecordOf(account) is not { } record)
        {
            return use(new Dictionary<string, Registration>(StringComparer.Ordinal));
        }

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

    // The caller holds _creating: user ids count up by one per account.
    private AccountRecord NewRecord(string username, string password, bool configured)
    {
        var record = new AccountRecord(new StoredAccount(username, _nextUserId++), password, configured, _clock.GetTimestamp());
        _issued.Add(record.Account, record);
        return record;
    }
}
