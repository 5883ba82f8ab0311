using System.Text.Json.Nodes;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Generators.Mappings;

/// <summary>
/// An operation's answers once its request is valid, which depend on what the session holds, as the model's session
/// scenario lists them (<see cref="SessionScenario.Answers"/>): one WireMock stub each, in its state.
/// </summary>
internal sealed class StateMappings(ApiOperation operation, SessionScenario states, StubFactory stubs, IReadOnlyList<JsonObject>? validBody)
{
    public IEnumerable<StubMapping> All() => states.Answers(operation).Select(Stub).ToList();

    private StubMapping Stub(StateAnswer answer) =>
        stubs.Create(
            answer.Priority,
            StubFactory.Answers(answer.Answer.Response, answer.Answer.Example),
            answer.RequiredState is null ? answer.When : $"{answer.When} (state {answer.RequiredState})",
            answer.Answer.Error is { } error ? ResponseBodies.Error(operation, error) : ResponseBodies.Success(operation),
            body: validBody,
            requiredState: answer.RequiredState,
            newState: answer.NewState);
}
