using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios.Building;

namespace Lancens.Contracts.Scenarios;

/// <summary>
/// Valid requests for each action of the API, found through the operations' effects rather than their
/// names: what a test needs to log in, set up registrations, walk the lifecycle and clean up.
/// </summary>
public sealed class ActionRequests(ApiSpecification spec, TestValues values)
{
    public IReadOnlyList<string> Resources => spec.Resources;

    public (ApiOperation Operation, ScenarioRequest Request) Login() => Plain(spec.OperationFor(EffectAction.Login));

    public (ApiOperation Operation, ScenarioRequest Request) Logout() => Plain(spec.OperationFor(EffectAction.Logout));

    /// <summary>A registration with every field the spec lists, the key given.</summary>
    public (ApiOperation Operation, ScenarioRequest Request) Register(string resource, string key) =>
        WithKey(spec.OperationFor(EffectAction.Register, resource), serial: null, key);

    /// <summary>A registration with only the fields the spec requires, the key given.</summary>
    public (ApiOperation Operation, ScenarioRequest Request) RegisterRequiredOnly(string resource, string key) =>
        WithKey(spec.OperationFor(EffectAction.Register, resource), serial: null, key, withOptionalFields: false);

    public (ApiOperation Operation, ScenarioRequest Request) Update(string resource, string serial, string newKey) =>
        WithKey(spec.OperationFor(EffectAction.Update, resource), serial, newKey);

    public (ApiOperation Operation, ScenarioRequest Request) Query(string resource) => Plain(spec.OperationFor(EffectAction.Query, resource));

    public (ApiOperation Operation, ScenarioRequest Request) DeleteOne(string resource, string serial) =>
        Plain(spec.OperationFor(EffectAction.DeleteOne, resource), serial);

    public (ApiOperation Operation, ScenarioRequest Request) Clear(string resource) => Plain(spec.OperationFor(EffectAction.Clear, resource));

    /// <summary>A request of the operation with exactly this body (its session fields as placeholders) and serial.</summary>
    public (ApiOperation Operation, ScenarioRequest Request) WithBody(ApiOperation operation, string? serial, System.Text.Json.Nodes.JsonObject? body) =>
        (operation, RequestFactory.WithBody(new RequestFactory(spec, operation, values).Valid(serial), body));

    /// <summary>A registration key (push token) no earlier registration of this run used.</summary>
    public string NewKey(string resource) => (string)values.Fresh(spec.RegistrationKeyField(resource));

    /// <summary>An account no one registered: made-up values like the login body's examples.</summary>
    public Account NewAccount()
    {
        var fields = spec.OperationFor(EffectAction.Login).Body!.Fields;
        string Fresh(SessionPart part) => (string)values.Fresh(fields.Single(field => field.Session == part));
        return new Account(Fresh(SessionPart.Username), Fresh(SessionPart.Password));
    }

    private (ApiOperation, ScenarioRequest) Plain(ApiOperation operation, string? serial = null) =>
        (operation, new RequestFactory(spec, operation, values).Valid(serial));

    private (ApiOperation, ScenarioRequest) WithKey(ApiOperation operation, string? serial, string key, bool withOptionalFields = true)
    {
        var factory = new RequestFactory(spec, operation, values);
        var body = factory.ValidBody(withOptionalFields, sessionPlaceholders: true);
        body[spec.RegistrationKeyField(operation.Effect.Resource!).Name] = key;
        return (operation, RequestFactory.WithBody(factory.Valid(serial), body));
    }
}
