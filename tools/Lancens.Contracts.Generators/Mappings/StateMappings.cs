using System.Text.Json.Nodes;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Generators.Mappings;

/// <summary>
/// An operation's answers once its request is valid, which depend on what the session holds: the
/// assumptions query-when-empty, serial-identifies-registration, register-repeat-and-clear and
/// token-after-logout of the spec, as WireMock scenario states.
/// </summary>
internal sealed class StateMappings(ApiOperation operation, WireMockScenarioStates states, StubFactory stubs, IReadOnlyList<JsonObject>? validBody)
{
    private string Resource => operation.Effect.Resource!;

    public IEnumerable<StubMapping> All()
    {
        var effect = operation.Effect;
        var answers = effect.Action switch
        {
            EffectAction.Login => [Success("any state; the session restarts with nothing registered", newState: WireMockScenarioStates.Started)],
            EffectAction.Logout => [Success("logged in; the user is logged out until the next login", newState: WireMockScenarioStates.LoggedOut)],
            EffectAction.Register => Unregistered().Select(state => Success($"{Resource} not registered yet", states.Name(state), states.With(state, Resource)))
                .Append(Success($"{Resource} already registered; the registration is replaced")),
            _ when effect.NeedsRegistration => Registered().Select(state => effect.RemovesRegistration
                    ? Success($"{Resource} registered; it is deleted", states.Name(state), states.Without(state, Resource))
                    : Success($"{Resource} registered", states.Name(state)))
                .Append(NothingRegistered()),
            EffectAction.Clear => Registered().Select(state => Success($"{Resource} registered; it is deleted", states.Name(state), states.Without(state, Resource)))
                .Append(Success($"{Resource} not registered; nothing to clear")),
            _ => Enumerable.Empty<StubMapping>(),
        };
        return answers.ToList();
    }

    private IEnumerable<IReadOnlySet<string>> Registered() => states.LoggedIn.Where(state => state.Contains(Resource));

    private IEnumerable<IReadOnlySet<string>> Unregistered() => states.LoggedIn.Where(state => !state.Contains(Resource));

    // Answers for one state share a priority: the states tell them apart. The others come after them.
    private StubMapping Success(string when, string? requiredState = null, string? newState = null) =>
        stubs.Create(
            requiredState is null && operation.Effect.Action is not (EffectAction.Login or EffectAction.Logout) ? MatchPrecedence.OtherStates : MatchPrecedence.StateAnswer,
            StubFactory.Answers(operation.Success, operation.Success.Examples[0]),
            requiredState is null ? when : $"{when} (state {requiredState})",
            ResponseBodies.Success(operation),
            body: validBody,
            requiredState: requiredState,
            newState: newState);

    private StubMapping NothingRegistered()
    {
        var noData = operation.Error(ErrorCategory.NoData);
        return stubs.Create(
            MatchPrecedence.OtherStates,
            StubFactory.Answers(noData),
            $"no {Resource} push token is registered",
            ResponseBodies.Error(operation, noData),
            body: validBody);
    }
}
