using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lancens.Contracts.WireMockNet;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace WireMockNetStubs.Tests;

/// <summary>
/// What a team whose backend calls Lancens among other vendors writes: its own WireMock.Net server with its own stubs,
/// then one call that adds the Lancens API beside them.
/// </summary>
public sealed class DoorbellVendorStubsTests : IDisposable
{
    private const string PushToken = "740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad";
    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
    private readonly HttpClient _client = new();
    private readonly string _api;

    public DoorbellVendorStubsTests()
    {
        _server.Given(Request.Create().WithPath("/weather/today").UsingGet()).RespondWith(Response.Create().WithBodyAsJson(new { sky = "clear" }));
        _api = _server.AddLancensApi().BaseUrl.AbsoluteUri.TrimEnd('/');
    }

    [Fact]
    public async Task Login_ThenRegister_AnswerAsDocumented_AndTheTeamsOwnStubStillAnswers()
    {
        var cancel = TestContext.Current.CancellationToken;
        var token = await LoginAsync(cancel);

        using var registered = await SendAsync(HttpMethod.Post, "/user/token", token, new { push_token = PushToken, language = "zh-CN" }, cancel);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal("success", await MessageAsync(registered, cancel));

        using var weather = await _client.GetAsync($"{_server.Url}/weather/today", cancel);
        Assert.Equal("clear", (await weather.Content.ReadFromJsonAsync<JsonElement>(cancel)).GetProperty("sky").GetString());
    }

    [Fact]
    public async Task TwoMistakesAtOnce_AnswerTheFirstInTheSpecsValidationOrder()
    {
        var cancel = TestContext.Current.CancellationToken;
        var token = await LoginAsync(cancel);

        // The token header is checked before the body; in the body, a missing field before a wrong length.
        using var noToken = await SendAsync(HttpMethod.Post, "/user/token", null, new { language = "e" }, cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal("no token", await MessageAsync(noToken, cancel));
        using var missing = await SendAsync(HttpMethod.Post, "/user/token", token, new { language = "e" }, cancel);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("undefined push_token", await MessageAsync(missing, cancel));
    }

    [Fact]
    public async Task ForcedDatabaseError_AndADelay_ComeFromTheMockControlHeaders()
    {
        var cancel = TestContext.Current.CancellationToken;
        var token = await LoginAsync(cancel);

        using var forced = await SendAsync(HttpMethod.Post, "/user/token", token, new { push_token = PushToken, language = "en" }, cancel, ("X-Lancens-Mock-Error", "10051"));
        Assert.Equal(HttpStatusCode.InternalServerError, forced.StatusCode);
        Assert.Equal("10051", await MessageAsync(forced, cancel));

        // A delay can only make the answer later, never earlier: the lower bound is the behaviour under test.
        var clock = Stopwatch.StartNew();
        using var delayed = await SendAsync(HttpMethod.Post, "/user/token", token, new { push_token = PushToken, language = "en" }, cancel, ("X-Lancens-Mock-Fault", "delay=500"));
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(500), $"answered after {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(HttpStatusCode.Created, delayed.StatusCode);
    }

    public void Dispose()
    {
        _client.Dispose();
        _server.Stop();
    }

    private async Task<string> LoginAsync(CancellationToken cancel)
    {
        using var login = await _client.PostAsJsonAsync($"{_api}/user/login", new { username = "doorbell_user", password = "s3cret-pass" }, cancel);
        Assert.Equal(HttpStatusCode.Created, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(cancel)).GetProperty("token").GetString();
        Assert.False(string.IsNullOrEmpty(token));
        return token!;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object body, CancellationToken cancel, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, _api + path) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Add("token", token);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return await _client.SendAsync(request, cancel);
    }

    private static async Task<string?> MessageAsync(HttpResponseMessage response, CancellationToken cancel) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(cancel)).GetProperty("message").GetString();
}
