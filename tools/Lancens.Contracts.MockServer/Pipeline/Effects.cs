using System.Text.Json;
using Lancens.Contracts.MockServer.Deviations;
using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Pipeline;

/// <summary>
/// The state stage: what a valid request does to what the host remembers, by the operation's effect
/// (<c>x-lancens-effect</c>), and the documented answer that follows. The no-data answers come from here.
/// </summary>
internal sealed class Effects(ApiSpecification spec, AccountStore store, Answers answers, DeviationSet deviations)
{
    private readonly Dictionary<string, RequestField> _keys = spec.Resources.ToDictionary(resource => resource, spec.RegistrationKeyField);
    private readonly int _tokenLength = spec.OperationFor(EffectAction.Login).Success.Schema.SessionProperties
        .Where(pair => pair.Value == SessionPart.Token)
        .Select(pair => JsonDocument.Parse(spec.OperationFor(EffectAction.Login).SuccessAnswer.Example.Json).RootElement.GetProperty(pair.Key).GetString()!.Length)
        .Single();

    public Answer Apply(MockRequest request)
    {
        var operation = request.Route.Operation;
        var resource = operation.Effect.Resource;
        return operation.Effect.Action switch
        {
            EffectAction.Login => Login(operation, request.Account!),
            EffectAction.Logout => Logout(operation, request.SessionToken!),
            EffectAction.Register => Register(operation, request, resource!),
            EffectAction.Query => Query(operation, Owner(request), resource!),
            EffectAction.Update => Update(operation, request, resource!),
            EffectAction.DeleteOne => Delete(operation, request, resource!),
            EffectAction.Clear => Clear(operation, Owner(request), resource!),
            _ => throw new InvalidOperationException($"{operation.Id}: no effect for {operation.Effect.Action}"),
        };
    }

    private Answer Login(ApiOperation operation, Account account)
    {
        var token = Answers.NewToken(_tokenLength);
        store.Login(account, token, clearRegistrations: !deviations.Has(Deviation.LoginKeepsPushTokens));
        return answers.Login(operation, account, token);
    }

    private Answer Logout(ApiOperation operation, string token)
    {
        store.Logout(token, endToken: !deviations.Has(Deviation.LogoutKeepsToken), clearRegistrations: true);
        return answers.Success(operation);
    }

    private Answer Register(ApiOperation operation, MockRequest request, string resource)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var field in operation.Body!.Fields)
        {
            if (request.Body!.Field(field.Name) is { } value)
            {
                fields[field.Name] = value;
            }
            else if (deviations.Has(Deviation.DefaultDevOne) && field.Default is { ValueKind: JsonValueKind.Number } number)
            {
                fields[field.Name] = JsonSerializer.SerializeToElement(number.GetInt64() + 1);
            }
        }

        store.Register(Owner(request), resource, new Registration(fields));
        return answers.Success(operation);
    }

    private Answer Query(ApiOperation operation, Account owner, string resource) =>
        store.Query(owner, resource) is { } registration
            ? answers.Record(operation, owner, registration, spec.OperationFor(EffectAction.Register, resource).Body!)
            : answers.Error(operation.Error(ErrorCategory.NoData));

    private Answer Update(ApiOperation operation, MockRequest request, string resource)
    {
        var changes = operation.Body!.Fields
            .Select(field => (field.Name, Value: request.Body!.Field(field.Name)))
            .Where(pair => pair.Value is not null)
            .ToDictionary(pair => pair.Name, pair => pair.Value!.Value, StringComparer.Ordinal);
        var updated = store.Update(
            Owner(request),
            resource,
            registration => registration.HasKey(_keys[resource].Name, request.Route.RegistrationKey!),
            registration => deviations.Has(Deviation.UpdateForgotten) ? registration : registration.With(changes));
        return updated ? answers.Success(operation) : answers.Error(operation.Error(ErrorCategory.NoData));
    }

    private Answer Delete(ApiOperation operation, MockRequest request, string resource)
    {
        var deleted = store.Delete(
            Owner(request),
            resource,
            registration => deviations.Has(Deviation.DeleteAnySerial) || registration.HasKey(_keys[resource].Name, request.Route.RegistrationKey!));
        return deleted ? answers.Success(operation) : answers.Error(operation.Error(ErrorCategory.NoData));
    }

    private Answer Clear(ApiOperation operation, Account owner, string resource)
    {
        store.Clear(owner, resource);
        return answers.Success(operation);
    }

    // Whose registrations a request reads and changes: its account's (one shared set under the deviation that leaks).
    private Account Owner(MockRequest request) => deviations.Has(Deviation.SharedRegistrations) ? store.Anonymous : request.Account!;
}
