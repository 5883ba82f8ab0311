using System.Net;
using System.Net.Sockets;
using Lancens.Contracts.ContractTests.Targets;
using Lancens.Contracts.MockServer;
using Lancens.Contracts.Tls;

namespace Lancens.Contracts.ContractTests;

/// <summary>
/// LANCENS_CA_CERT adds a root; it never switches verification off. Over a real TLS connection to the engine serving a
/// throwaway CA's certificate, which no system trusts.
/// </summary>
public sealed class TlsTrustTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lancens-tls-").FullName;
    private ThrowawayTls? _tls;
    private LancensMock? _engine;

    public async ValueTask InitializeAsync()
    {
        _tls = ThrowawayCertificateAuthority.Create(_directory);
        _engine = await LancensMock.StartAsync(new LancensMockOptions { Spec = SuiteData.Spec, Https = _tls }, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Handler_WithoutTheCa_RejectsTheChain()
    {
        using var client = new HttpClient(TlsTrust.Handler(null));

        await Should.ThrowAsync<HttpRequestException>(() => client.GetAsync(Health(_engine!.RootUrl), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Handler_WithTheCa_AcceptsTheChain()
    {
        using var client = new HttpClient(TlsTrust.Handler(_tls!.CaCertificatePemPath));

        using var response = await client.GetAsync(Health(_engine!.RootUrl), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Handler_WithTheCaButAnotherHostName_RejectsTheCertificate()
    {
        // The certificate names localhost and 127.0.0.1: reach the same server under a name it does not carry.
        var handler = TlsTrust.Handler(_tls!.CaCertificatePemPath);
        var port = _engine!.RootUrl.Port;
        handler.ConnectCallback = async (_, cancel) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(IPAddress.Loopback, port, cancel);
            return new NetworkStream(socket, ownsSocket: true);
        };
        using var client = new HttpClient(handler);

        await Should.ThrowAsync<HttpRequestException>(() => client.GetAsync(Health(new Uri($"https://lancens.invalid:{port}/")), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Handler_WithAnotherCa_RejectsTheChain()
    {
        var other = ThrowawayCertificateAuthority.Create(Path.Combine(_directory, "other"));
        using var client = new HttpClient(TlsTrust.Handler(other.CaCertificatePemPath));

        await Should.ThrowAsync<HttpRequestException>(() => client.GetAsync(Health(_engine!.RootUrl), TestContext.Current.CancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        if (_engine is not null)
        {
            await _engine.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private static Uri Health(Uri root) => new(root, "__lancens/health");
}
