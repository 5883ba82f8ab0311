using System.Text.Json.Nodes;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios.Building;

/// <summary>One way to make a valid request produce a natural error: what to change, and how to say it.</summary>
/// <param name="Key">For the scenario id, e.g. <c>PushTokenAbsent</c>.</param>
/// <param name="Condition">For the scenario sentence, e.g. "push_token absent".</param>
internal sealed record Violation(DocumentedError Error, string Key, string Condition, Func<ScenarioRequest, ScenarioRequest> Apply)
{
    /// <summary>A change to one body field of a valid JSON body.</summary>
    public static Violation OfField(DocumentedError error, string key, string condition, Action<JsonObject> change) =>
        new(error, key, condition, request => RequestFactory.ChangeBody(request, change));
}
