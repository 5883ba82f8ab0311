namespace Lancens.Contracts.MockServer.State;

/// <summary>
/// What the host remembers, behind its own verbs: accounts, the login tokens it issued, and each account's
/// registration per push-token kind (<c>ring</c>, <c>message</c>). The engine reaches its memory only through these
/// verbs, so <see cref="LancensMockOptions.DecorateStore"/> can wrap them (a recorder, a test double).
/// </summary>
public interface IAccountStore
{
    /// <summary>The account a username and password open, created at its first login when any account may log in; null when they open none.</summary>
    StoredAccount? Authenticate(string username, string password);

    /// <summary>Starts a session with a token of its own and deletes the account's push tokens, as login does on the host.</summary>
    /// <param name="expiresAt">When the token stops working (the expiry login answered); null for never.</param>
    void Login(StoredAccount account, string token, DateTimeOffset? expiresAt);

    /// <summary>The live session of a token; null for a token this store did not issue, or one that ended or expired.</summary>
    LiveSession? Session(string token);

    /// <summary>Ends exactly this token and deletes its account's push tokens, as logout does on the host.</summary>
    void Logout(string token);

    /// <summary>Registers, replacing what the kind held.</summary>
    void Register(StoredAccount account, string resource, Registration registration);

    /// <summary>The kind's registration; null when nothing is registered.</summary>
    Registration? Query(StoredAccount account, string resource);

    /// <summary>Replaces the registration whose key is <paramref name="serial"/> with what <paramref name="change"/> makes of it; false, changing nothing, when there is none.</summary>
    bool Update(StoredAccount account, string resource, string serial, Func<Registration, Registration> change);

    /// <summary>Deletes the registration whose key is <paramref name="serial"/>; false, changing nothing, when there is none.</summary>
    bool Delete(StoredAccount account, string resource, string serial);

    /// <summary>Deletes the kind's registration, if any.</summary>
    void Clear(StoredAccount account, string resource);

    /// <summary>Forgets every login and registration; only the configured accounts remain.</summary>
    void Reset();

    /// <summary>Accounts in user-id order with their live sessions and registrations, never a password or a token.</summary>
    AccountPage Snapshot(int offset, int limit);
}
