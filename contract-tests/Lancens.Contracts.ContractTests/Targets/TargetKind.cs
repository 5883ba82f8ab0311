namespace Lancens.Contracts.ContractTests.Targets;

internal enum TargetKind
{
    /// <summary>WireMock serving mocks/, started by the suite on a free loopback port.</summary>
    Mock,

    /// <summary>A real host of the API, with a test account.</summary>
    Live,
}
