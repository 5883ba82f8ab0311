namespace Lancens.Contracts.MockServer.State;

/// <summary>
/// One account as <see cref="AccountStore"/> keeps it: the account, its password (none for an account the store did not
/// create, which no login opens) and its registrations, read and changed only under <see cref="Gate"/>.
/// </summary>
internal sealed class AccountRecord(StoredAccount account, string? password)
{
    public StoredAccount Account { get; } = account;

    public string? Password { get; } = password;

    public Lock Gate { get; } = new();

    /// <summary>The registration of each kind; the caller holds <see cref="Gate"/>.</summary>
    public Dictionary<string, Registration> Registrations { get; } = new(StringComparer.Ordinal);
}
