using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Proxy.Tests.Support;

namespace Lancens.Contracts.Proxy.Tests;

/// <summary>When the upstream is down, silent or breaks the connection, the client gets a gateway status in the API's JSON shape, and the report says so.</summary>
public sealed class UpstreamFailureTests
{
    [Fact]
    public async Task Upstream_Down_Answers502InTheApisShape()
    {
        // A port bound for the whole test and never listened on: a connection to it is refused, and no one else can take it.
        using var bound = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        bound.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)bound.LocalEndPoint!).Port;
        await using var proxy = await LancensProxy.StartAsync(new LancensProxyOptions { Upstream = new Uri($"http://127.0.0.1:{port}/v1/api"), Spec = Rig.Spec }, TestContext.Current.CancellationToken);

        var (status, message, contentType) = await GetAsync(proxy);
        var verdicts = await proxy.VerdictsAsync(TestContext.Current.CancellationToken);

        status.ShouldBe(502);
        contentType.ShouldStartWith("application/json");
        message.ShouldStartWith("lancens proxy: the upstream could not be reached");
        verdicts.NoAnswer.ShouldBe(1);
        verdicts.HostViolations.ShouldBe(0);
    }

    [Fact]
    public async Task Upstream_Silent_Answers504WhenItsTimeoutPasses()
    {
        // Accepts connections and never answers; keeps them open till the test ends.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var accepted = new ConcurrentBag<TcpClient>();
        var accepting = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    accepted.Add(await silent.AcceptTcpClientAsync(stop.Token));
                }
            }
            catch (OperationCanceledException)
            {
                // The test is over.
            }
        }, TestContext.Current.CancellationToken);
        try
        {
            await using var proxy = await LancensProxy.StartAsync(new LancensProxyOptions
            {
                Upstream = new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}"),
                Spec = Rig.Spec,
                UpstreamTimeout = TimeSpan.FromMilliseconds(300),
            }, TestContext.Current.CancellationToken);

            var (status, message, _) = await GetAsync(proxy);
            var exchange = (await proxy.ExchangesAsync(TestContext.Current.CancellationToken)).Single();

            status.ShouldBe(504);
            message.ShouldBe("lancens proxy: the upstream did not answer within 0.3 s");
            exchange.Findings.ShouldContain("upstream: the upstream did not answer within 0.3 s");
        }
        finally
        {
            await stop.CancelAsync();
            await accepting;
            foreach (var client in accepted)
            {
                client.Dispose();
            }
        }
    }

    [Fact]
    public async Task Upstream_ResetsTheConnection_Answers502AndTheReportSaysSo()
    {
        await using var rig = await Rig.StartAsync();
        using var client = rig.ProxyClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Rig.Spec.BasePath}/user/token");
        request.Headers.Add(MockControl.FaultHeader, "reset");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var files = await rig.Proxy.WriteReportAsync(TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(502);
        JsonDocument.Parse(body).RootElement.GetProperty("message").GetString().ShouldStartWith("lancens proxy: the upstream could not be reached or broke the connection");
        File.ReadAllText(files.ShouldNotBeNull()[0]).ShouldContain("no answer from the upstream: 1");
    }

    [Fact]
    public async Task Upstream_WithACertificateNoOneTrusts_IsRefused()
    {
        await using var rig = await Rig.StartAsync();
        await using var untrusting = await LancensProxy.StartAsync(new LancensProxyOptions { Upstream = rig.Engine.BaseUrl, Spec = Rig.Spec }, TestContext.Current.CancellationToken);

        var (status, message, _) = await GetAsync(untrusting);

        status.ShouldBe(502);
        message.ShouldNotBeNull().ShouldContain("remote certificate");
    }

    private static async Task<(int Status, string? Message, string? ContentType)> GetAsync(LancensProxy proxy)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = proxy.RootUrl };
        using var response = await client.GetAsync($"{Rig.Spec.BasePath}/user/token", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, JsonDocument.Parse(body).RootElement.GetProperty("message").GetString(), response.Content.Headers.ContentType?.ToString());
    }
}
