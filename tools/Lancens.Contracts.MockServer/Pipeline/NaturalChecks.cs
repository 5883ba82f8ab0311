using System.Text.Json;
using Lancens.Contracts.MockServer.Deviations;
using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Pipeline;

/// <summary>
/// The spec's natural checks, one small function per error category, run in the order the model gives
/// (<see cref="ApiOperation.NaturalErrors"/>): the first that fails decides the answer. The checks that look a token
/// or an account up also remember what they found, for the state stage.
/// </summary>
internal sealed class NaturalChecks(ApiSpecification spec, AccountStore store, DeviationSet deviations)
{
    private readonly Dictionary<string, string> _keyFields = spec.Resources.ToDictionary(resource => resource, resource => spec.RegistrationKeyField(resource).Name);

    public DocumentedError? FirstFailure(MockRequest request)
    {
        foreach (var error in deviations.CheckOrder(request.Route.Operation))
        {
            if (Fails(error, request))
            {
                return error;
            }
        }

        return null;
    }

    private bool Fails(DocumentedError error, MockRequest request) => error.Category switch
    {
        ErrorCategory.NoToken => string.IsNullOrWhiteSpace(request.TokenHeader),
        ErrorCategory.InvalidToken when error.In == ParameterLocation.Header => !IsLiveToken(request, request.TokenHeader!),
        ErrorCategory.InvalidToken => !IsLiveTokenOfBodyAccount(request),
        ErrorCategory.Internal => request.Body is not { IsObject: true },
        ErrorCategory.MissingParam => !request.Body!.Has(error.Field!),
        ErrorCategory.Format => request.Body!.Field(error.Field!) is { } value && !HasType(Field(request, error), value),
        ErrorCategory.Length => request.Body!.Field(error.Field!) is { ValueKind: JsonValueKind.String } text && !deviations.FitsLength(Field(request, error), text.GetString()!, IsRegistrationKey(request, error)),
        ErrorCategory.Validation => request.Body!.Field(error.Field!) is { } number && IsInteger(number) && !Field(request, error).AllowedValues.Contains(number.GetInt64()),
        ErrorCategory.Credentials => !Authenticates(request),
        _ => false,
    };

    private bool IsLiveToken(MockRequest request, string token)
    {
        var account = store.Session(token) ?? (deviations.Has(Deviation.AnyTokenIsValid) ? store.Anonymous : null);
        request.Account = account;
        request.SessionToken = token;
        return account is not null;
    }

    // Logout names its token and its account in the body: the token must be a live session of that account.
    private bool IsLiveTokenOfBodyAccount(MockRequest request)
    {
        var token = request.SessionValue(SessionPart.Token);
        var username = request.SessionValue(SessionPart.Username);
        return token is not null && IsLiveToken(request, token) && (username is null || request.Account!.Username == username);
    }

    private bool Authenticates(MockRequest request)
    {
        var username = request.SessionValue(SessionPart.Username);
        var password = request.SessionValue(SessionPart.Password);
        request.Account = username is null || password is null ? null : store.Authenticate(username, password);
        return request.Account is not null;
    }

    private bool IsRegistrationKey(MockRequest request, DocumentedError error) =>
        request.Route.Operation.Effect.Resource is { } resource && _keyFields[resource] == error.Field;

    private static RequestField Field(MockRequest request, DocumentedError error) => request.Route.Operation.Body!.Field(error.Field!);

    private static bool HasType(RequestField field, JsonElement value) =>
        field.Type == FieldType.String ? value.ValueKind == JsonValueKind.String : IsInteger(value);

    private static bool IsInteger(JsonElement value) => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _);
}
