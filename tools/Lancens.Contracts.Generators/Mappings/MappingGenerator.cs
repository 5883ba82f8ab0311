using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Lancens.Contracts.Generators.Files;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Generators.Mappings;

/// <summary>Turns the spec into WireMock mapping files under <c>mocks/mappings</c>: one file per operation, the shared token checks, and the mock's control stubs.</summary>
public static class MappingGenerator
{
    public const string MappingsDirectory = "mocks/mappings";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<GeneratedFile> Generate(ApiSpecification spec)
    {
        var states = new SessionScenario(spec);
        var files = spec.Operations
            .Select(operation => File(operation.Id, new OperationMappings(operation, states).All()))
            .Append(File("token-checks", TokenCheckMappings.All(spec)))
            .Append(File("mock-control", ControlMappings.Faults(spec)))
            .Append(File("unknown-route", [ControlMappings.UnknownRoute(spec)]))
            .ToList();
        return files;
    }

    private static GeneratedFile File(string name, IEnumerable<StubMapping> stubs)
    {
        var document = new JsonObject { ["mappings"] = JsonSerializer.SerializeToNode(stubs.ToList(), Options) };
        return new GeneratedFile($"{MappingsDirectory}/{name}.json", document.ToJsonString(Options) + "\n");
    }
}
