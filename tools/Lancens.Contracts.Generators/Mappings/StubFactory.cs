using System.Text.Json.Nodes;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Generators.Mappings;

/// <summary>Builds stubs for one operation: its URL matcher, and ids and names made from what each stub answers and when.</summary>
internal sealed class StubFactory(ApiOperation operation)
{
    public StubMapping Create(
        int priority,
        string answers,
        string when,
        ResponseDefinition response,
        IReadOnlyDictionary<string, JsonObject>? headers = null,
        IReadOnlyList<JsonObject>? body = null,
        string? requiredState = null,
        string? newState = null,
        bool isControl = false)
    {
        var name = $"{operation.Id} | {answers} | {when}";
        var usesScenario = requiredState is not null || newState is not null;
        return new StubMapping
        {
            Id = StubIds.For(name).ToString("D"),
            Name = name,
            Priority = priority,
            Request = RequestFor(operation) with { Headers = isControl ? headers : WithoutControlHeaders(headers), BodyPatterns = body },
            Response = response,
            ScenarioName = usesScenario ? SessionScenario.ScenarioName : null,
            RequiredScenarioState = requiredState,
            NewScenarioState = newState,
            Metadata = new JsonObject { ["operation"] = operation.Id, ["answers"] = answers, ["when"] = when },
        };
    }

    /// <summary>The guard of every stub before the control tier (see <see cref="StubPrecedence"/>).</summary>
    public static Dictionary<string, JsonObject> WithoutControlHeaders(IReadOnlyDictionary<string, JsonObject>? headers)
    {
        var guarded = new Dictionary<string, JsonObject>(StringComparer.Ordinal)
        {
            [MockControl.ErrorHeader] = new JsonObject { ["absent"] = true },
            [MockControl.FaultHeader] = new JsonObject { ["absent"] = true },
        };
        foreach (var (name, matcher) in headers ?? new Dictionary<string, JsonObject>())
        {
            guarded[name] = matcher;
        }

        return guarded;
    }

    public static RequestPattern RequestFor(ApiOperation operation) =>
        operation.PathParameters.Count == 0
            ? new RequestPattern { Method = operation.Method.Method, UrlPath = operation.PathTemplate }
            : new RequestPattern { Method = operation.Method.Method, UrlPathTemplate = operation.PathTemplate };

    public static string Answers(DocumentedResponse response, ResponseExample example) => $"{response.Status} {example.Name}";

    public static string Answers(DocumentedError error) => $"{error.Status} {error.ExampleName}";
}
