using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lancens.Contracts.MockServer;
using Lancens.Contracts.MockServer.Control;

namespace InProcessMock.Tests;

/// <summary>What a team testing a backend that calls Lancens writes: the mock in process, its base URL, arm, journal, accounts, reset.</summary>
public sealed class DoorbellBackendTests
{
    [Fact]
    public async Task RegisterPushToken_AfterLogin_IsRememberedAndAnArmedErrorAnswersOnce()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var mock = await LancensMock.StartAsync(cancellationToken: cancel);
        using var client = new HttpClient();
        var api = mock.BaseUrl.AbsoluteUri.TrimEnd('/');

        using var login = await client.PostAsJsonAsync($"{api}/user/login", new { username = "doorbell_user", password = "s3cret-pass" }, cancel);
        Assert.Equal(HttpStatusCode.Created, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(cancel)).GetProperty("token").GetString();
        Assert.False(string.IsNullOrEmpty(token));

        var registration = new { push_token = "740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad", language = "zh-CN" };
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(client, HttpMethod.Post, $"{api}/user/token", token!, registration, cancel)).StatusCode);
        using var query = await SendAsync(client, HttpMethod.Get, $"{api}/user/token", token!, null, cancel);
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Equal(registration.push_token, (await query.Content.ReadFromJsonAsync<JsonElement>(cancel)).GetProperty("push_token").GetString());

        mock.Arm(new ArmRequest(Error: "push_token exist", Operation: "registerRingPushToken"));
        using var refused = await SendAsync(client, HttpMethod.Post, $"{api}/user/token", token!, registration, cancel);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("push_token exist", (await refused.Content.ReadFromJsonAsync<JsonElement>(cancel)).GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(client, HttpMethod.Post, $"{api}/user/token", token!, registration, cancel)).StatusCode);

        Assert.Contains(mock.Journal, entry => entry.Status == 409 && entry.DecidedBy.Contains("lancens arm", StringComparison.Ordinal));
        var account = Assert.Single(mock.Accounts);
        Assert.Equal("doorbell_user", account.Username);
        Assert.Equal(1, account.LiveSessions);

        mock.Reset();
        Assert.Empty(mock.Accounts);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(client, HttpMethod.Get, $"{api}/user/token", token!, null, cancel)).StatusCode);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string token, object? body, CancellationToken cancel)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("token", token);
        return client.SendAsync(request, cancel);
    }
}
