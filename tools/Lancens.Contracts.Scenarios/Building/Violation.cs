using System.Text.Json.Nodes;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios.Building;

/// <summary>One way to make a valid request produce a natural error: what to change, and how to say it.</summary>
/// <param name="Key">For the scenario id, e.g. <c>PushTokenAbsent</c>.</param>
/// <param name="Condition">For the scenario sentence, e.g. "push_token absent".</param>
/// <param name="Needs">What the target must do to answer it, e.g. refuse tokens it did not issue.</param>
internal sealed record Violation(DocumentedError Error, string Key, string Condition, Func<ScenarioRequest, ScenarioRequest> Apply, TargetNeeds Needs = TargetNeeds.None)
{
    /// <summary>A change to a valid JSON body.</summary>
    public static Violation OfField(DocumentedError error, string key, string condition, Action<JsonObject> change, TargetNeeds needs = TargetNeeds.None) =>
        new(error, key, condition, request => RequestFactory.ChangeBody(request, change), needs);
}
