namespace Lancens.Contracts.WireMockHost.Tests.ServedMock;

/// <summary>WireMock serving the repository's generated mocks/, shared by the tests of the served mock.</summary>
public sealed class ServedMockFixture : IAsyncLifetime
{
    private WireMockServer? _server;

    public WireMockServer Server => _server ?? throw new InvalidOperationException("The fixture has not started yet.");

    public HttpClient Client { get; } = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };

    public Uri Api(string relative) => new(Server.BaseUrl, $"{RepositorySpec.Specification.BasePath}{relative}");

    public async ValueTask InitializeAsync() =>
        _server = await WireMockServer.StartAsync(new WireMockOptions { RootDirectory = RepositorySpec.Layout.MocksDirectory }, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
