using System.Text.Json.Nodes;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Generators.Mappings;

/// <summary>Stubs that belong to no operation: connection faults on any path, and the answer for routes the spec lacks.</summary>
internal static class ControlMappings
{
    public static IEnumerable<StubMapping> Faults(ApiSpecification spec)
    {
        var anyApiPath = $"{spec.BasePath}/.*";
        foreach (var fault in MockControl.ConnectionFaults)
        {
            yield return Stub(
                $"fault | {fault.Value} | {fault.Effect}",
                StubPrecedence.Fault,
                new RequestPattern { Method = "ANY", UrlPathPattern = anyApiPath, Headers = Header(new JsonObject { ["equalTo"] = fault.Value }) },
                new ResponseDefinition { Fault = WireMockFault(fault) });
        }

        yield return Stub(
            $"fault | {MockControl.RefusalStatus} unknown fault | the fault header names no fault the mock offers",
            StubPrecedence.UnknownFault,
            new RequestPattern { Method = "ANY", UrlPathPattern = anyApiPath, Headers = Header(new JsonObject { ["matches"] = ".*" }) },
            ResponseBodies.Message(MockControl.RefusalStatus, MockControl.UnknownFaultMessage(string.Join(" | ", MockControl.PresetFaultValues))));
    }

    // WireMock's four built-in faults, one per fault of the protocol.
    private static string WireMockFault(ConnectionFault fault) => fault.Kind switch
    {
        ConnectionFaultKind.Reset => "CONNECTION_RESET_BY_PEER",
        ConnectionFaultKind.Empty => "EMPTY_RESPONSE",
        ConnectionFaultKind.Garbage => "RANDOM_DATA_THEN_CLOSE",
        ConnectionFaultKind.MalformedChunk => "MALFORMED_RESPONSE_CHUNK",
        _ => throw new InvalidOperationException($"stock WireMock has no fault for '{fault.Value}'"),
    };

    public static StubMapping UnknownRoute(ApiSpecification spec) =>
        Stub(
            $"unknown route | {spec.UnknownRoute.Status} | any method and path the spec does not define",
            StubPrecedence.UnknownRoute,
            new RequestPattern { Method = "ANY", UrlPathPattern = ".*" },
            ResponseBodies.Message(spec.UnknownRoute.Status, spec.UnknownRoute.Message));

    private static Dictionary<string, JsonObject> Header(JsonObject matcher) => new() { [MockControl.FaultHeader] = matcher };

    private static StubMapping Stub(string name, int priority, RequestPattern request, ResponseDefinition response) => new()
    {
        Id = StubIds.For(name).ToString("D"),
        Name = name,
        Priority = priority,
        Request = request,
        Response = response,
        Metadata = new JsonObject { ["answers"] = name },
    };
}
