using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios.Building;

namespace Lancens.Contracts.Scenarios;

/// <summary>
/// Valid requests for each action of the API, found through the operations' effects rather than their
/// names: what a test needs to log in, set up registrations, walk the lifecycle and clean up.
/// </summary>
public sealed class ActionRequests(ApiSpecification spec, TestValues values)
{
    public IReadOnlyList<string> Resources { get; } =
        [.. spec.Operations.Select(operation => operation.Effect.Resource).OfType<string>().Distinct()];

    public (ApiOperation Operation, ScenarioRequest Request) Login() => Session(EffectAction.Login);

    public (ApiOperation Operation, ScenarioRequest Request) Logout() => Session(EffectAction.Logout);

    public (ApiOperation Operation, ScenarioRequest Request) Register(string resource, string pushToken) =>
        WithPushToken(Find(EffectAction.Register, resource), serial: null, pushToken);

    public (ApiOperation Operation, ScenarioRequest Request) Update(string resource, string serial, string newPushToken) =>
        WithPushToken(Find(EffectAction.Update, resource), serial, newPushToken);

    public (ApiOperation Operation, ScenarioRequest Request) Query(string resource) => Plain(Find(EffectAction.Query, resource));

    public (ApiOperation Operation, ScenarioRequest Request) DeleteOne(string resource, string serial) =>
        Plain(Find(EffectAction.DeleteOne, resource), serial);

    public (ApiOperation Operation, ScenarioRequest Request) Clear(string resource) => Plain(Find(EffectAction.Clear, resource));

    public string NewPushToken() => values.PushToken();

    private (ApiOperation, ScenarioRequest) Session(EffectAction action) =>
        Plain(spec.Operations.Single(operation => operation.Effect.Action == action));

    private (ApiOperation, ScenarioRequest) Plain(ApiOperation operation, string? serial = null) =>
        (operation, new RequestFactory(operation, values).Valid(serial));

    private (ApiOperation, ScenarioRequest) WithPushToken(ApiOperation operation, string? serial, string pushToken)
    {
        var factory = new RequestFactory(operation, values);
        var body = factory.ValidBody(withOptionalFields: true, sessionPlaceholders: true);
        body["push_token"] = pushToken;
        return (operation, RequestFactory.WithBody(factory.Valid(serial), body));
    }

    private ApiOperation Find(EffectAction action, string resource) =>
        spec.Operations.SingleOrDefault(operation => operation.Effect == new OperationEffect(action, resource))
        ?? throw new InvalidOperationException($"the spec has no operation that does {SpecWords.Of(action)} on {resource}");
}
