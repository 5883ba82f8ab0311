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
    public async Task StopAsync_RunningServer_ExitsAndItsStubNoLongerAnswers()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var answer = $"only-this-server-{Guid.NewGuid():N}";
        using var root = TemporaryRoot.WithMapping("hello.json", TemporaryRoot.Hello(answer));
        var server = await WireMockServer.StartAsync(root.Options(), cancellationToken);
        var hello = new Uri(server.BaseUrl, "hello");
        (await Client.GetStringAsync(hello, cancellationToken)).ShouldContain(answer);

        await server.StopAsync();

        server.HasExited.ShouldBeTrue();
        (await AnswerOrNullAsync(hello, cancellationToken) ?? "").ShouldNotContain(answer, Case.Sensitive, "another process may own the port now, never this WireMock");
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
    public async Task StartAsync_FixedPortInUse_ThrowsAPortConflict()
    {
        using var root = TemporaryRoot.WithMapping("hello.json", TemporaryRoot.HelloMapping);
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var exception = await Should.ThrowAsync<WireMockException>(
            () => WireMockServer.StartAsync(root.Options() with { Port = port }, TestContext.Current.CancellationToken));

        exception.IsPortConflict.ShouldBeTrue(exception.Message);
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

    /// <summary>The body at <paramref name="url"/>, or null when nothing answers there.</summary>
    private static async Task<string?> AnswerOrNullAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Client.GetAsync(url, cancellationToken);
            return await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
