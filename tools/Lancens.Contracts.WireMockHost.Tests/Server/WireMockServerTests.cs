using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Lancens.Contracts.WireMockHost.Tests.Server;

[Collection(WireMockCollection.Name)]
public sealed class WireMockServerTests(HelloServerFixture fixture) : IClassFixture<HelloServerFixture>
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler { UseProxy = false });

    [Fact]
    public void BaseUrl_FreePort_IsTheLoopbackRoot()
    {
        var baseUrl = fixture.Server.BaseUrl;

        baseUrl.Scheme.ShouldBe("http");
        baseUrl.Host.ShouldBe("127.0.0.1");
        baseUrl.Port.ShouldBeGreaterThan(0);
        baseUrl.AbsolutePath.ShouldBe("/");
    }

    [Fact]
    public async Task GetHello_OneMapping_AnswersTheStub()
    {
        var cancellationToken = TestContext.Current.CancellationToken;

        using var response = await Client.GetAsync(new Uri(fixture.Server.BaseUrl, "hello"), cancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        body.GetProperty("message").GetString().ShouldBe("hi");
    }

    [Fact]
    public async Task ResetScenariosAsync_ScenarioInItsSecondState_AnswersTheFirstStatesStubAgain()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var door = new Uri(fixture.Server.BaseUrl, "door");
        using var open = await Client.PostAsync(new Uri(fixture.Server.BaseUrl, "door/open"), null, cancellationToken);
        open.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Client.GetStringAsync(door, cancellationToken)).ShouldBe("open", "the request moved the scenario on");

        await fixture.Server.ResetScenariosAsync(cancellationToken);

        (await Client.GetStringAsync(door, cancellationToken)).ShouldBe("closed");
    }

    [Fact]
    public void ProcessIdAndTimeToReady_RunningServer_DescribeTheJavaProcess()
    {
        File.Exists($"/proc/{fixture.Server.ProcessId}/status").ShouldBe(OperatingSystem.IsLinux());
        fixture.Server.TimeToReady.ShouldBeGreaterThan(TimeSpan.Zero);
    }
}
