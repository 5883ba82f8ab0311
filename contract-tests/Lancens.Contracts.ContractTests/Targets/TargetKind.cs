namespace Lancens.Contracts.ContractTests.Targets;

internal enum TargetKind
{
    /// <summary>The engine (Lancens.Contracts.MockServer), started in process on a free loopback port.</summary>
    Mock,

    /// <summary>Stock WireMock serving the generated mocks/, started by the suite on a free loopback port.</summary>
    WireMock,

    /// <summary>WireMock.Net in process on a free loopback port, with the stubs of Lancens.Contracts.WireMockNet; no Java.</summary>
    WireMockNet,

    /// <summary>A real host of the API, with a test account.</summary>
    Live,
}

/// <summary>How much of the suite a run sends.</summary>
internal enum RunScope
{
    /// <summary>Every check.</summary>
    Full,

    /// <summary>One success and one natural error per operation, plus the lifecycle: for frequent runs against the real host.</summary>
    Smoke,
}
