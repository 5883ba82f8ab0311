namespace Lancens.Contracts.WireMockHost.Tests.Server;

/// <summary>One WireMock serving GET /hello, shared by the tests that only read from it.</summary>
public sealed class HelloServerFixture : IAsyncLifetime
{
    private readonly TemporaryRoot root = TemporaryRoot.WithMapping("hello.json", TemporaryRoot.HelloMapping);
    private WireMockServer? server;

    public WireMockServer Server => server ?? throw new InvalidOperationException("The fixture has not started yet.");

    public async ValueTask InitializeAsync() =>
        server = await WireMockServer.StartAsync(root.Options(), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        root.Dispose();
    }
}
