using System.Text.Json.Nodes;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Mock.Mappings;

/// <summary>Stubs that belong to no operation: connection faults on any path, and the answer for routes the spec lacks.</summary>
internal static class ControlMappings
{
    public static IEnumerable<StubMapping> Faults(ApiSpecification spec)
    {
        var anyApiPath = $"{spec.BasePath}/.*";
        foreach (var (value, fault, effect) in MockFaults.ConnectionFaults)
        {
            yield return Stub(
                $"fault | {value} | {effect}",
                MatchPrecedence.Fault,
                new RequestPattern { Method = "ANY", UrlPathPattern = anyApiPath, Headers = Header(new JsonObject { ["equalTo"] = value }) },
                new ResponseDefinition { Fault = fault });
        }

        yield return Stub(
            "fault | 400 unknown fault | the fault header names no fault the mock offers",
            MatchPrecedence.UnknownFault,
            new RequestPattern { Method = "ANY", UrlPathPattern = anyApiPath, Headers = Header(new JsonObject { ["matches"] = ".*" }) },
            ResponseBodies.Message(400, $"{MockControlHeaders.Fault} must be one of: {string.Join(" | ", MockFaults.AllValues)}"));
    }

    public static StubMapping UnknownRoute(ApiSpecification spec) =>
        Stub(
            $"unknown route | {spec.UnknownRoute.Status} | any method and path the spec does not define",
            MatchPrecedence.UnknownRoute,
            new RequestPattern { Method = "ANY", UrlPathPattern = ".*" },
            ResponseBodies.Message(spec.UnknownRoute.Status, spec.UnknownRoute.Message));

    private static Dictionary<string, JsonObject> Header(JsonObject matcher) => new() { [MockControlHeaders.Fault] = matcher };

    private static StubMapping Stub(string name, int priority, RequestPattern request, ResponseDefinition response) => new()
    {
        Id = MappingIds.For(name),
        Name = name,
        Priority = priority,
        Request = request,
        Response = response,
        Metadata = new JsonObject { ["answers"] = name },
    };
}
