using System.Text;
using Lancens.Contracts.Proxy.Tests.Support;

namespace Lancens.Contracts.Proxy.Tests;

/// <summary>Through the proxy, a client gets exactly what the host answers: status, headers and body, byte for byte.</summary>
public sealed class FidelityTests
{
    [Fact]
    public async Task Answers_ThroughTheProxy_AreTheHostsByteForByte()
    {
        await using var rig = await Rig.StartAsync();
        using var proxied = rig.ProxyClient();
        using var direct = rig.DirectClient();
        var token = await new Story(direct, rig).LoginAsync(Rig.First);
        var requests = new (HttpMethod Method, string Path, string? Body)[]
        {
            (HttpMethod.Get, "/user/token", null),
            (HttpMethod.Post, "/user/token", "{\"push_token\":\"abc\",\"language\":\"en\",\"dev\":1}"),
            (HttpMethod.Get, "/user/token", null),
            (HttpMethod.Post, "/user/token", "{\"language\":\"en\"}"),
            (HttpMethod.Get, "/no/such/route", null),
            (HttpMethod.Delete, "/user/token", null),
        };

        foreach (var (method, path, body) in requests)
        {
            // The same request twice, to the host and through the proxy: the host's state is the same for both (a read, or a write that repeats).
            var host = await SendAsync(direct, method, path, body, token);
            var through = await SendAsync(proxied, method, path, body, token);

            through.Status.ShouldBe(host.Status, $"{method} {path}");
            through.Body.ShouldBe(host.Body, $"{method} {path}");
            through.Headers.ShouldBe(host.Headers, $"{method} {path}");
        }
    }

    [Fact]
    public async Task Requests_ThroughTheProxy_ReachTheHostAndAreRecordedAsSent()
    {
        await using var rig = await Rig.StartAsync();
        using var proxied = rig.ProxyClient();
        var body = "{\"push_token\":\"abc\",  \"language\":\"en\",\"extra\":[1,2]}";

        await SendAsync(proxied, HttpMethod.Post, "/user/token?x=%2F1", body, "made-up-token", ("X-Custom", "Value 1"));

        // What reached the host: its path, and the made-up token (it answered 401). What it got on the wire, headers
        // and all, the test with a raw upstream below reads; here, what the proxy recorded of the request.
        var journal = rig.Engine.Journal.Last();
        journal.Path.ShouldBe($"{Rig.Spec.BasePath}/user/token");
        journal.Status.ShouldBe(401);
        var recorded = (await rig.Proxy.ExchangesAsync(TestContext.Current.CancellationToken)).Last().Exchange;
        recorded.Target.ShouldBe($"{Rig.Spec.BasePath}/user/token?x=%2F1");
        recorded.RequestHeaders.ShouldContain(header => header.Name == "X-Custom" && header.Value == "Value 1");
        recorded.RequestBody.ShouldBe(body);
    }

    [Fact]
    public async Task Requests_ThroughTheProxy_KeepTheClientsHeaderSpelling()
    {
        // An upstream that records the request head as it arrives on the wire and answers a fixed 200.
        using var upstream = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        upstream.Start();
        var head = Task.Run(async () =>
        {
            using var connection = await upstream.AcceptTcpClientAsync(TestContext.Current.CancellationToken);
            var stream = connection.GetStream();
            var buffer = new byte[8192];
            var received = new StringBuilder();
            while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, TestContext.Current.CancellationToken);
                if (read == 0)
                {
                    break;
                }

                received.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"u8.ToArray(), TestContext.Current.CancellationToken);
            return received.ToString();
        }, TestContext.Current.CancellationToken);
        var port = ((System.Net.IPEndPoint)upstream.LocalEndpoint).Port;
        await using var proxy = await LancensProxy.StartAsync(new LancensProxyOptions { Upstream = new Uri($"http://127.0.0.1:{port}/v1/api"), Spec = Rig.Spec }, TestContext.Current.CancellationToken);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = proxy.RootUrl };

        await SendAsync(client, HttpMethod.Get, "/user/token", null, "abc", ("X-Custom", "Value 1"), ("X-MiXeD-Case", "kept"));
        var request = await head;

        request.ShouldStartWith($"GET {Rig.Spec.BasePath}/user/token HTTP/1.1\r\n");
        request.ShouldContain($"\r\n{Rig.Spec.TokenHeader}: abc\r\n", Case.Sensitive);
        request.ShouldContain("\r\nX-Custom: Value 1\r\n", Case.Sensitive);
        request.ShouldContain("\r\nX-MiXeD-Case: kept\r\n", Case.Sensitive);
        request.ShouldContain($"\r\nHost: 127.0.0.1:{port}\r\n", Case.Sensitive);
        request.ShouldNotContain("X-Forwarded", Case.Insensitive);
    }

    private static async Task<(int Status, byte[] Body, string[] Headers)> SendAsync(HttpClient client, HttpMethod method, string path, string? body, string token, params (string Name, string Value)[] extra)
    {
        using var request = new HttpRequestMessage(method, Rig.Spec.BasePath + path);
        request.Headers.TryAddWithoutValidation(Rig.Spec.TokenHeader, token);
        foreach (var (name, value) in extra)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.ContentType = new("application/json");
        }

        using var response = await client.SendAsync(request);
        // Date differs between two answers a moment apart; every other header must be the host's.
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(header => header.Key != "Date")
            .SelectMany(header => header.Value.Select(value => $"{header.Key}: {value}"))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(), headers);
    }
}
