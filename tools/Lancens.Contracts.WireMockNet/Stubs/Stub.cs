using Lancens.Contracts.Model.Checking;
using WireMock.Matchers;
using WireMock.ResponseProviders;

namespace Lancens.Contracts.WireMockNet.Stubs;

/// <summary>One WireMock.Net stub as data: what it matches, its tier, its session step and its answer (<see cref="StubRegistrar"/> registers it).</summary>
internal sealed record Stub
{
    /// <summary>Unique per base path, e.g. <c>getRingPushToken | 404 no_data_error | no ring push token is registered</c>.</summary>
    public required string Title { get; init; }

    /// <summary>Its tier (<see cref="Model.Mocking.StubPrecedence"/>).</summary>
    public required int Priority { get; init; }

    /// <summary>The method it answers; null for any.</summary>
    public string? Method { get; init; }

    public required IStringMatcher Path { get; init; }

    /// <summary>What the headers must hold (the token, the control headers); null for anything.</summary>
    public Func<IDictionary<string, string[]>, bool>? Headers { get; init; }

    /// <summary>What the body must be, as the model reads it; null for anything.</summary>
    public Func<JsonBody, bool>? Body { get; init; }

    /// <summary>The session state it answers in and the one it leaves; null when it neither needs nor changes one.</summary>
    public SessionStep? Session { get; init; }

    public required IResponseProvider Answer { get; init; }

    public override string ToString() => $"{Priority} {Title}";
}

/// <summary>A stub's step through the session scenario, in the model's state names (<see cref="Model.Mocking.SessionScenario"/>).</summary>
internal sealed record SessionStep(string WhenState, string NewState);
