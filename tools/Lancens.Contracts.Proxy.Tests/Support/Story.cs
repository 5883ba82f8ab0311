using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Lancens.Contracts.MockServer;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Proxy.Tests.Support;

/// <summary>
/// What an app does against the host, request by request, so the proxy sees every kind of exchange it judges: valid
/// traffic that puts every journey to the test, and the mistakes a client makes (one of each category). The steps
/// send what the spec describes; they do not check the answers: the proxy does.
/// </summary>
internal sealed class Story(HttpClient client, Rig rig)
{
    private static readonly ApiSpecification Spec = Rig.Spec;
    private static readonly string Base = Spec.BasePath;
    private static readonly string Header = Spec.TokenHeader;
    private readonly List<(int Status, string Body)> _answers = [];
    private int _keys;

    /// <summary>Every answer the story got, in order.</summary>
    public IReadOnlyList<(int Status, string Body)> Answers => _answers;

    public async Task<string> LoginAsync(MockAccount account)
    {
        var (_, body) = await SendAsync(HttpMethod.Post, "/user/login", null, Json(new { username = account.Username, password = account.Password }));
        return Spec.LoginAnswer.Read(body)?.Token ?? "no-token-answered";
    }

    /// <summary>Only valid requests, a made-up token and a method the spec does not define: no client violation.</summary>
    public async Task ValidTrafficAsync()
    {
        var one = await LoginAsync(Rig.First);
        await SendAsync(HttpMethod.Get, "/user/token", one);
        var first = Key();
        await SendAsync(HttpMethod.Post, "/user/token", one, Json(new { push_token = first, language = "zh-CN", dev = 0, bundleid = "com.lancens.test", os = "Xiaomi", os_token = "", push_platform = "XIAOMI" }));
        await SendAsync(HttpMethod.Get, "/user/token", one);
        var second = Key();
        await SendAsync(HttpMethod.Put, $"/user/token/{first}", one, Json(new { push_token = second, language = "en" }));
        await SendAsync(HttpMethod.Get, "/user/token", one);
        var stranger = Key();
        await SendAsync(HttpMethod.Put, $"/user/token/{stranger}", one, Json(new { push_token = Key(), language = "en" }));
        await SendAsync(HttpMethod.Delete, $"/user/token/{stranger}", one);
        await SendAsync(HttpMethod.Get, "/user/token", one);
        await SendAsync(HttpMethod.Delete, $"/user/token/{second}", one);
        await SendAsync(HttpMethod.Get, "/user/token", one);

        // The shortest push token, the required fields only; then a second registration; then clearing the other kind.
        await SendAsync(HttpMethod.Post, "/user/message/token", one, Json(new { push_token = "a", language = "en" }));
        await SendAsync(HttpMethod.Get, "/user/message/token", one);
        await SendAsync(HttpMethod.Post, "/user/message/token", one, Json(new { push_token = Key(), language = "de", dev = 1 }));
        await SendAsync(HttpMethod.Get, "/user/message/token", one);
        await SendAsync(HttpMethod.Delete, "/user/token", one);
        await SendAsync(HttpMethod.Get, "/user/message/token", one);

        // A token no login answered (the live one in capitals), then the account it resembles: nothing registered.
        await SendAsync(HttpMethod.Post, "/user/token", one.ToUpperInvariant(), Json(new { push_token = Key(), language = "en" }));
        await SendAsync(HttpMethod.Get, "/user/token", one);

        // What public clients send: the header spelled their way, a charset, a field the spec does not list, and a
        // longest push token of characters outside the BMP (64 characters, 128 UTF-16 units).
        await SendAsync(HttpMethod.Post, "/user/token", one, Json(new { push_token = string.Concat(Enumerable.Repeat("😀", 64)), language = "zh", os_push_version = "2.1.0" }), headerName: "Token", contentType: "application/json; charset=UTF-8");
        await SendAsync(HttpMethod.Get, "/user/token", one, headerName: "Token");

        var two = await LoginAsync(Rig.First);
        await SendAsync(HttpMethod.Get, "/user/message/token", one);
        var shared = Key();
        await SendAsync(HttpMethod.Post, "/user/token", one, Json(new { push_token = shared, language = "en" }));
        await SendAsync(HttpMethod.Get, "/user/token", two);
        var other = await LoginAsync(Rig.Second);
        await SendAsync(HttpMethod.Get, "/user/token", other);

        // Another account registers the same push token its own way: each account still answers its own record.
        await SendAsync(HttpMethod.Post, "/user/token", other, Json(new { push_token = shared, language = "fr", dev = 1 }));
        await SendAsync(HttpMethod.Get, "/user/token", two);
        await SendAsync(HttpMethod.Get, "/user/token", other);
        await SendAsync(HttpMethod.Get, "/user/token", "0123456789abcdef0123456789abcdef");

        await SendAsync(HttpMethod.Post, "/user/logout", null, Json(new { username = Rig.First.Username, token = two }));
        await SendAsync(HttpMethod.Get, "/user/token", one);
        await SendAsync(HttpMethod.Get, "/user/token", two);
        await SendAsync(HttpMethod.Post, "/user/logout", null, Json(new { username = Rig.First.Username, token = two }));
        await SendAsync(HttpMethod.Post, "/user/logout", null, Json(new { username = Rig.First.Username, token = other }));
        await SendAsync(HttpMethod.Patch, "/user/login", null, Json(new { }));

        // Past the expiry the login answered: the token stops working, a new login works.
        rig.Clock.Advance(TimeSpan.FromDays(Spec.LoginAnswer.TokenExpiry!.AfterDays + Spec.LoginAnswer.TokenExpiry.ToleranceDays + 1));
        await SendAsync(HttpMethod.Get, "/user/token", one);
        var renewed = await LoginAsync(Rig.First);
        await SendAsync(HttpMethod.Get, "/user/token", renewed);
    }

    /// <summary>One mistake of each category a client can make, and two at once; a login of an account the host does not know.</summary>
    public async Task ClientMistakesAsync()
    {
        var token = await LoginAsync(Rig.First);
        await SendAsync(HttpMethod.Post, "/user/token", null, Json(new { push_token = Key(), language = "en" }));
        await SendAsync(HttpMethod.Post, "/user/token", token, Json(new { language = "en" }));
        await SendAsync(HttpMethod.Post, "/user/token", token, Json(new { push_token = 5, language = "en" }));
        await SendAsync(HttpMethod.Post, "/user/token", token, Json(new { push_token = "", language = "en" }));
        await SendAsync(HttpMethod.Post, "/user/token", token, Json(new { push_token = new string('f', 65), language = "en" }));
        await SendAsync(HttpMethod.Post, "/user/token", token, Json(new { push_token = Key(), language = "en", dev = 2 }));
        await SendAsync(HttpMethod.Post, "/user/token", token, Json(new { push_token = Key(), language = "en", dev = "0" }));
        await SendAsync(HttpMethod.Post, "/user/token", token, "[1]");
        await SendAsync(HttpMethod.Post, "/user/token", token, "{\"push_token\":");
        await SendAsync(HttpMethod.Post, "/user/token", token, Json(new { push_token = Key(), language = "en", padding = new string('x', Spec.RequestLimits.MaxBodyBytes) }));
        await SendAsync(HttpMethod.Post, "/user/token", null, Json(new { language = "en" }));
        await SendAsync(HttpMethod.Post, "/user/login", null, Json(new { username = Rig.First.Username }));
        await SendAsync(HttpMethod.Post, "/user/login", null, Json(new { username = "nobody_at_all", password = "whatever-pass" }));
        await SendAsync(HttpMethod.Post, "/user/logout", null, Json(new { username = Rig.First.Username, token = "" }));

        // A token the proxy saw end, with a bad body too: the token is checked first.
        var ended = await LoginAsync(Rig.First);
        await SendAsync(HttpMethod.Post, "/user/logout", null, Json(new { username = Rig.First.Username, token = ended }));
        await SendAsync(HttpMethod.Post, "/user/token", ended, Json(new { language = "en" }));
    }

    public async Task<(int Status, string Body)> SendAsync(HttpMethod method, string path, string? token, string? json = null, string? headerName = null, string contentType = MediaTypes.Json)
    {
        using var request = new HttpRequestMessage(method, Base + path);
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation(headerName ?? Header, token);
        }

        if (json is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var response = await client.SendAsync(request);
        var answer = ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        _answers.Add(answer);
        return answer;
    }

    private string Key() => $"{Interlocked.Increment(ref _keys):x4}{new string('c', 60)}";

    private static string Json(object body) => JsonSerializer.Serialize(body, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
