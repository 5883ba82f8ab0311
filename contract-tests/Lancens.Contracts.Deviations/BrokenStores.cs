using System.Collections.Concurrent;
using System.Text.Json;
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

    /// <summary>Clearing one kind clears every kind.</summary>
    public sealed class ClearEndsEveryKind(IAccountStore inner, IReadOnlyList<string> resources) : StoreDecorator(inner)
    {
        public override void Clear(StoredAccount account, string resource)
        {
            foreach (var kind in resources)
            {
                Inner.Clear(account, kind);
            }
        }
    }

    /// <summary>Register keeps only the text fields it was sent: the integers' defaults answer instead.</summary>
    public sealed class RegisterForgetsIntegers(IAccountStore inner) : StoreDecorator(inner)
    {
        public override void Register(StoredAccount account, string resource, Registration registration) =>
            Inner.Register(account, resource, registration with
            {
                Fields = registration.Fields.Where(pair => pair.Value.ValueKind != JsonValueKind.Number).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal),
            });
    }

    /// <summary>Every stored string loses its characters outside the BMP, as a store in a narrow encoding would.</summary>
    public sealed class StoredTextLosesNonBmp(IAccountStore inner) : StoreDecorator(inner)
    {
        public override void Register(StoredAccount account, string resource, Registration registration) =>
            Inner.Register(account, resource, Narrowed(registration));

        public override bool Update(StoredAccount account, string resource, string serial, Func<Registration, Registration> change) =>
            Inner.Update(account, resource, serial, registration => Narrowed(change(registration)));

        private static Registration Narrowed(Registration registration) => registration with
        {
            Fields = registration.Fields.ToDictionary(
                pair => pair.Key,
                pair => pair.Value.ValueKind == JsonValueKind.String
                    ? JsonSerializer.SerializeToElement(string.Concat((pair.Value.GetString() ?? string.Empty).EnumerateRunes().Select(rune => rune.IsBmp ? rune.ToString() : "?")))
                    : pair.Value,
                StringComparer.Ordinal),
        };
    }

    /// <summary>Registrations are found by their push token across accounts: the last account to register one wins.</summary>
    public sealed class RecordsFoundByPushToken(IAccountStore inner) : StoreDecorator(inner)
    {
        private readonly ConcurrentDictionary<(string Resource, string Key), Registration> _byKey = new();

        public override void Register(StoredAccount account, string resource, Registration registration)
        {
            Inner.Register(account, resource, registration);
            _byKey[(resource, registration.Key)] = registration;
        }

        public override Registration? Query(StoredAccount account, string resource) =>
            Inner.Query(account, resource) is { } own ? _byKey.GetValueOrDefault((resource, own.Key), own) : null;

        public override void Reset()
        {
            _byKey.Clear();
            Inner.Reset();
        }
    }

    /// <summary>A token is found whatever its letter case.</summary>
    public sealed class TokenInAnyCase(IAccountStore inner) : StoreDecorator(inner)
    {
        public override LiveSession? Session(string token) => Inner.Session(token) ?? Inner.Session(token.ToLowerInvariant());
    }
}
