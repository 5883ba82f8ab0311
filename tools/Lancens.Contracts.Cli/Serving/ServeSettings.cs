using Lancens.Contracts.MockServer;
using Lancens.Contracts.MockServer.State;

namespace Lancens.Contracts.Cli.Serving;

/// <summary>What <c>lancens serve</c> was asked for.</summary>
internal sealed record ServeSettings(
    ServeEngine Engine,
    int Port,
    string BindAddress,
    bool Https,
    string? TlsDirectory,
    int JournalEntries,
    IReadOnlyList<MockAccount> Accounts,
    string? AdminKey,
    StoreBounds Bounds)
{
    public override string ToString() => $"ServeSettings {{ Engine = {Engine}, Port = {Port}, BindAddress = {BindAddress}, Https = {Https}, AdminKey = {(AdminKey is null ? "none" : "***")} }}";
}

internal enum ServeEngine
{
    /// <summary>The stateful engine, in this process.</summary>
    Mock,

    /// <summary>Stock WireMock serving the generated mocks/.</summary>
    WireMock,

    /// <summary>WireMock.Net in this process, with the Lancens.Contracts.WireMockNet stubs.</summary>
    WireMockNet,
}
