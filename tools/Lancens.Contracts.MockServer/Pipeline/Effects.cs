using System.Text.Json;
using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.MockServer.Pipeline;

/// <summary>
/// The state stage: what a valid request does to what the host remembers, by the operation's effect
/// (<c>x-lancens-effect</c>), and the documented answer that follows. The no-data answers come from here.
/// </summary>
internal sealed class Effects(ApiSpecification spec, IAccountStore store, Answers answers, TimeProvider clock)
{
    private readonly Dictionary<string, RequestField> _keys = spec.Resources.ToDictionary(resource => resource, spec.RegistrationKeyField);

    public Answer Apply(MockRequest request, Caller caller)
    {
        var operation = request.Operation;
        return (operation.Effect.Action, operation.Effect.Resource) switch
        {
            (EffectAction.Login, _) => Login(operation, caller.Account),
            (EffectAction.Logout, _) => Logout(operation, caller),
            (EffectAction.Register, { } resource) => Register(request, caller.Account, resource),
            (EffectAction.Query, { } resource) => Query(operation, caller.Account, resource),
            (EffectAction.Update, { } resource) => Update(request, caller.Account, resource),
            (EffectAction.DeleteOne, { } resource) => Delete(request, caller.Account, resource),
            (EffectAction.Clear, { } resource) => Clear(operation, caller.Account, resource),
            _ => throw new InvalidOperationException($"{operation.Id}: no effect for {operation.Effect}"),
        };
    }

    private Answer Login(ApiOperation operation, StoredAccount account)
    {
        // The token stops working at the very expiry the answer names (the assumption token-expiry).
        var now = clock.GetUtcNow();
        var token = LoginBodies.NewToken(spec);
        store.Login(account, token, spec.LoginAnswer.TokenExpiry?.InstantAt(now));
        return answers.Login(operation, account, token, now);
    }

    private Answer Logout(ApiOperation operation, Caller caller)
    {
        store.Logout(caller.Token ?? throw new InvalidOperationException($"{operation.Id}: the checks found no token to end"));
        return answers.Success(operation);
    }

    private Answer Register(MockRequest request, StoredAccount account, string resource)
    {
        var fields = Sent(request);
        store.Register(account, resource, new Registration(KeyIn(fields, resource) ?? string.Empty, fields));
        return answers.Success(request.Operation);
    }

    private Answer Query(ApiOperation operation, StoredAccount account, string resource) =>
        store.Query(account, resource) is { } registration && spec.OperationFor(EffectAction.Register, resource).Body is { } registered
            ? answers.Record(operation, account, registration, registered)
            : answers.Error(operation.Error(ErrorCategory.NoData));

    private Answer Update(MockRequest request, StoredAccount account, string resource)
    {
        var changes = Sent(request);
        var updated = request.Route.RegistrationKey is { } serial
            && store.Update(account, resource, serial, registration => registration.With(KeyIn(changes, resource) ?? registration.Key, changes));
        return updated ? answers.Success(request.Operation) : answers.Error(request.Operation.Error(ErrorCategory.NoData));
    }

    private Answer Delete(MockRequest request, StoredAccount account, string resource)
    {
        var deleted = request.Route.RegistrationKey is { } serial && store.Delete(account, resource, serial);
        return deleted ? answers.Success(request.Operation) : answers.Error(request.Operation.Error(ErrorCategory.NoData));
    }

    private Answer Clear(ApiOperation operation, StoredAccount account, string resource)
    {
        store.Clear(account, resource);
        return answers.Success(operation);
    }

    // The registration key (the push token a serial names) among the fields sent, when they carry one.
    private string? KeyIn(IReadOnlyDictionary<string, JsonElement> fields, string resource) =>
        fields.GetValueOrDefault(_keys[resource].Name) is { ValueKind: JsonValueKind.String } key ? key.GetString() : null;

    // The fields of the operation's body that the request sent, by name, exactly as sent.
    private static Dictionary<string, JsonElement> Sent(MockRequest request) =>
        (request.Operation.Body?.Fields ?? [])
            .Select(field => (field.Name, Value: request.Body.Field(field.Name)))
            .Where(pair => pair.Value is not null)
            .ToDictionary(pair => pair.Name, pair => pair.Value.GetValueOrDefault(), StringComparer.Ordinal);
}
