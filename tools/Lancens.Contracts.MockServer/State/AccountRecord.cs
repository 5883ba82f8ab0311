namespace Lancens.Contracts.MockServer.State;

/// <summary>
/// One account as <see cref="AccountStore"/> keeps it: the account, its password (none for an account the store did not
/// create, which no login opens), its registrations and its tokens, read and changed only under <see cref="Gate"/>, and
/// when it was last used, for forgetting the least recently used one.
/// </summary>
internal sealed class AccountRecord(StoredAccount account, string? password, bool configured, long now)
{
    private long _lastUsed = now;

    public StoredAccount Account { get; } = account;

    public string? Password { get; } = password;

    /// <summary>Given with <c>--account</c>: never forgotten.</summary>
    public bool Configured { get; } = configured;

    public Lock Gate { get; } = new();

    /// <summary>The registration of each kind; the caller holds <see cref="Gate"/>.</summary>
    public Dictionary<string, Registration> Registrations { get; } = new(StringComparer.Ordinal);

    /// <summary>The account's tokens, oldest first, some perhaps expired; the caller holds <see cref="Gate"/>.</summary>
    public List<string> Tokens { get; } = [];

    public long LastUsed => Volatile.Read(ref _lastUsed);

    public void Touch(long now) => Volatile.Write(ref _lastUsed, now);
}
