using System.Text.Json.Nodes;

namespace Lancens.Contracts.Generators.Mappings;

/// <summary>One stub in WireMock's JSON mapping format; property names serialise to WireMock's own.</summary>
internal sealed record StubMapping
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required int Priority { get; init; }
    public required RequestPattern Request { get; init; }
    public required ResponseDefinition Response { get; init; }
    public string? ScenarioName { get; init; }
    public string? RequiredScenarioState { get; init; }
    public string? NewScenarioState { get; init; }

    /// <summary>For people reading the files: which operation and documented response this stub stands for, and when.</summary>
    public required JsonObject Metadata { get; init; }
}

internal sealed record RequestPattern
{
    public required string Method { get; init; }
    public string? UrlPath { get; init; }
    public string? UrlPathTemplate { get; init; }
    public string? UrlPathPattern { get; init; }

    /// <summary>Header name to a WireMock string matcher, e.g. <c>{"absent": true}</c>; names match in any case.</summary>
    public IReadOnlyDictionary<string, JsonObject>? Headers { get; init; }

    public IReadOnlyList<JsonObject>? BodyPatterns { get; init; }
}

internal sealed record ResponseDefinition
{
    public int? Status { get; init; }
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
    public JsonNode? JsonBody { get; init; }

    /// <summary>A text body, used for templated JSON: WireMock would not parse a templated jsonBody.</summary>
    public string? Body { get; init; }

    public IReadOnlyList<string>? Transformers { get; init; }
    public int? FixedDelayMilliseconds { get; init; }
    public string? Fault { get; init; }
}
