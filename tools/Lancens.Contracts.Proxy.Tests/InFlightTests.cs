using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Proxy.Admin;
using Lancens.Contracts.Proxy.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Lancens.Contracts.Proxy.Tests;

/// <summary>Asked while an exchange is in flight, the proxy waits for its judgement in process; its endpoints say when they gave up waiting.</summary>
public sealed class InFlightTests
{
    [Fact]
    public async Task Verdicts_WhileAnExchangeIsInFlight_WaitForItsJudgement()
    {
        // An upstream that holds the request until the test lets it answer.
        using var upstream = new TcpListener(IPAddress.Loopback, 0);
        upstream.Start();
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answering = Task.Run(async () =>
        {
            using var connection = await upstream.AcceptTcpClientAsync(TestContext.Current.CancellationToken);
            var stream = connection.GetStream();
            await ReadHeadAsync(stream);
            arrived.SetResult();
            await release.Task.WaitAsync(TestContext.Current.CancellationToken);
            await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"u8.ToArray(), TestContext.Current.CancellationToken);
        }, TestContext.Current.CancellationToken);
        await using var proxy = await LancensProxy.StartAsync(new LancensProxyOptions { Upstream = new Uri($"http://127.0.0.1:{((IPEndPoint)upstream.LocalEndpoint).Port}/v1/api"), Spec = Rig.Spec }, TestContext.Current.CancellationToken);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = proxy.RootUrl };
        var sending = client.GetAsync($"{Rig.Spec.BasePath}/user/token", TestContext.Current.CancellationToken);
        await arrived.Task.WaitAsync(TestContext.Current.CancellationToken);

        var asking = proxy.VerdictsAsync(TestContext.Current.CancellationToken);
        var waited = !asking.IsCompleted;
        release.SetResult();
        using var response = await sending;
        await answering;
        var verdicts = await asking;

        waited.ShouldBeTrue();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        verdicts.Judged.ShouldBe(1);
    }

    [Fact]
    public async Task AdminEndpoint_WhenExchangesStayInFlightPastItsPatience_Answers503()
    {
        var admin = new ProxyAdmin(
            adminKey: null,
            patience: TimeSpan.Zero,
            settle: cancellation => Task.Delay(Timeout.Infinite, cancellation),
            verdicts: () => throw new InvalidOperationException("the verdicts were read unsettled"),
            exchanges: _ => throw new InvalidOperationException("the exchanges were read unsettled"),
            report: () => throw new InvalidOperationException("the report was written unsettled"));
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = AdminRoutes.Verdicts.Path;
        context.Response.Body = new MemoryStream();

        await admin.HandleAsync(context);

        context.Response.StatusCode.ShouldBe(503);
        context.Response.Body.Position = 0;
        JsonDocument.Parse(context.Response.Body).RootElement.GetProperty("message").GetString().ShouldNotBeNull().ShouldStartWith("exchanges still in flight");
    }

    private static async Task ReadHeadAsync(NetworkStream stream)
    {
        var buffer = new byte[8192];
        var received = new StringBuilder();
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, TestContext.Current.CancellationToken);
            if (read == 0)
            {
                return;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
    }
}
