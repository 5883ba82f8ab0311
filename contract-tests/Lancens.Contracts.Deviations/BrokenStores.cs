using Lancens.Contracts.MockServer.State;

namespace Lancens.Contracts.Deviations;

/// <summary>Stores that break one promise of what the host remembers, each over the engine's own.</summary>
internal static class BrokenStores
{
    /// <summary>Update answers success and changes nothing.</summary>
    public sealed class UpdateForgotten(IAccountStore inner) : StoreDecorator(inner)
    {
        public override bool Update(StoredAccount account, string resource, string serial, Func<Registration, Registration> change) =>
            Inner.Update(account, resource, serial, registration => registration);
    }

    /// <summary>Login puts back the push tokens it deleted.</summary>
    public sealed class LoginKeepsPushTokens(IAccountStore inner, IReadOnlyList<string> resources) : StoreDecorator(inner)
    {
        public override void Login(StoredAccount account, string token, DateTimeOffset? expiresAt)
        {
            var kept = resources.Select(resource => (resource, Registration: Inner.Query(account, resource))).ToList();
            Inner.Login(account, token, expiresAt);
            foreach (var (resource, registration) in kept)
            {
                if (registration is not null)
                {
                    Inner.Register(account, resource, registration);
                }
            }
        }
    }

    /// <summary>Delete-one deletes whatever is registered, whichever serial it names.</summary>
    public sealed class DeleteAnySerial(IAccountStore inner) : StoreDecorator(inner)
    {
        public override bool Delete(StoredAccount account, string resource, string serial) =>
            Inner.Query(account, resource) is { } registered && Inner.Delete(account, resource, registered.Key);
    }

    /// <summary>Logout deletes the push tokens but the token goes on working.</summary>
    public sealed class LogoutKeepsToken(IAccountStore inner) : StoreDecorator(inner)
    {
        public override void Logout(string token)
        {
            var session = Inner.Session(token);
            Inner.Logout(token);
            if (session is not null)
            {
                Inner.Login(session.Account, token, session.ExpiresAt);
            }
        }
    }

    /// <summary>Every account reads and changes one shared set of registrations.</summary>
    public sealed class SharedRegistrations(IAccountStore inner) : StoreDecorator(inner)
    {
        private static readonly StoredAccount Everyone = new("shared-by-every-account", 0);

        public override void Register(StoredAccount account, string resource, Registration registration) => Inner.Register(Everyone, resource, registration);

        public override Registration? Query(StoredAccount account, string resource) => Inner.Query(Everyone, resource);

        public override bool Update(StoredAccount account, string resource, string serial, Func<Registration, Registration> change) =>
            Inner.Update(Everyone, resource, serial, change);

        public override bool Delete(StoredAccount account, string resource, string serial) => Inner.Delete(Everyone, resource, serial);

        public override void Clear(StoredAccount account, string resource) => Inner.Clear(Everyone, resource);
    }

    /// <summary>A token no login issued is a session too, of an account no one logs in to.</summary>
    public sealed class AnyTokenIsValid(IAccountStore inner) : StoreDecorator(inner)
    {
        private static readonly LiveSession Anyone = new(new StoredAccount("anyone-with-any-token", 0), ExpiresAt: null);

        public override LiveSession? Session(string token) => Inner.Session(token) ?? Anyone;
    }
}
