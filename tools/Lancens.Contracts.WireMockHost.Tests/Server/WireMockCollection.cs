namespace Lancens.Contracts.WireMockHost.Tests.Server;

/// <summary>Tests that start real java processes share one collection, so on 2 cores at most one runs at a time.</summary>
[CollectionDefinition(Name)]
public sealed class WireMockCollection
{
    public const string Name = "WireMock processes";
}
