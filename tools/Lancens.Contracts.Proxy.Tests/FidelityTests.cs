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
    public async Task Requests_ThroughTheProxy_ReachTheHostUnchanged()
    {
        await using var rig = await Rig.StartAsync();
        using var proxied = rig.ProxyClient();
        var body = "{\"push_token\":\"abc\",  \"language\":\"en\",\"extra\":[1,2]}";

        await SendAsync(proxied, HttpMethod.Post, "/user/token?x=%2F1", body, "made-up-token", ("X-Custom", "Value 1"));

        var journal = rig.Engine.Journal.Last();
        journal.Path.ShouldBe($"{Rig.Spec.BasePath}/user/token");
        journal.Status.ShouldBe(401);
        var recorded = (await rig.Proxy.ExchangesAsync(TestContext.Current.CancellationToken)).Last().Exchange;
        recorded.Target.ShouldBe($"{Rig.Spec.BasePath}/user/token?x=%2F1");
        recorded.RequestHeaders.ShouldContain(header => header.Name == "X-Custom" && header.Value == "Value 1");
        recorded.RequestHeaders.ShouldNotContain(header => header.Name.StartsWith("X-Forwarded", StringComparison.OrdinalIgnoreCase));
        recorded.RequestBody.ShouldBe(body);
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
