using Lancens.Contracts.MockServer.State;

namespace Lancens.Contracts.Deviations;

/// <summary>A store that passes every verb to the engine's own; a deviation overrides the one promise it breaks.</summary>
internal abstract class StoreDecorator(IAccountStore inner) : IAccountStore
{
    protected IAccountStore Inner { get; } = inner;

    public virtual StoredAccount? Authenticate(string username, string password) => Inner.Authenticate(username, password);

    public virtual void Login(StoredAccount account, string token, DateTimeOffset? expiresAt) => Inner.Login(account, token, expiresAt);

    public virtual LiveSession? Session(string token) => Inner.Session(token);

    public virtual void Logout(string token) => Inner.Logout(token);

    public virtual void Register(StoredAccount account, string resource, Registration registration) => Inner.Register(account, resource, registration);

    public virtual Registration? Query(StoredAccount account, string resource) => Inner.Query(account, resource);

    public virtual bool Update(StoredAccount account, string resource, string serial, Func<Registration, Registration> change) =>
        Inner.Update(account, resource, serial, change);

    public virtual bool Delete(StoredAccount account, string resource, string serial) => Inner.Delete(account, resource, serial);

    public virtual void Clear(StoredAccount account, string resource) => Inner.Clear(account, resource);

    public virtual void Reset() => Inner.Reset();

    public virtual AccountPage Snapshot(int offset, int limit) => Inner.Snapshot(offset, limit);
}
