using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Lancens.Contracts.WireMockHost.Tests.Server;

[Collection(WireMockCollection.Name)]
public sealed class WireMockLifecycleTests
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler { UseProxy = false });

    [Fact]
    public async Task StopAsync_RunningServer_ExitsAndRefusesConnections()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var root = TemporaryRoot.WithMapping("hello.json", TemporaryRoot.HelloMapping);
        var server = await WireMockServer.StartAsync(root.Options(), cancellationToken);

        await server.StopAsync();

        server.HasExited.ShouldBeTrue();
        using var tcp = new TcpClient();
        await Should.ThrowAsync<SocketException>(
            async () => await tcp.ConnectAsync(IPAddress.Loopback, server.BaseUrl.Port, cancellationToken));
        await server.DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task StartAsync_BrokenMappingFile_ThrowsWithWireMocksReasonAndTheRoot()
    {
        using var root = TemporaryRoot.WithMapping("broken.json", """{ "request": { "method": "GET" """);

        var exception = await Should.ThrowAsync<WireMockException>(
            () => WireMockServer.StartAsync(root.Options(), TestContext.Current.CancellationToken));

        exception.Message.ShouldContain(root.Path);
        exception.Message.ShouldContain("Error loading file");
        exception.Message.ShouldContain("broken.json");
    }

    [Fact]
    public async Task StartAsync_JournalBoundOfThree_KeepsTheLastThreeRequests()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var root = TemporaryRoot.WithMapping("hello.json", TemporaryRoot.HelloMapping);
        await using var server = await WireMockServer.StartAsync(
            root.Options() with { MaxRequestJournalEntries = 3 }, cancellationToken);

        for (var request = 0; request < 5; request++)
        {
            using var response = await Client.GetAsync(new Uri(server.BaseUrl, "hello"), cancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var journal = await Client.GetFromJsonAsync<JsonElement>(new Uri(server.BaseUrl, "__admin/requests"), cancellationToken);
        journal.GetProperty("requests").GetArrayLength().ShouldBe(3);
    }
}
