using System.Net.Http.Headers;
using System.Text;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.MockServer.BrowserTests;

/// <summary>The app QA drives while watching the console: it logs in and registers as the spec's valid requests do.</summary>
internal sealed class AppClient(LancensMock mock) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false });
    private readonly ActionRequests _actions = new(mock.Spec, new TestValues(11));

    public ApiSpecification Spec => mock.Spec;

    public Account NewAccount() => _actions.NewAccount();

    public async Task<LoginSession> LoginAsync(Account account)
    {
        var pending = new LoginSession(account.Username, account.Password, string.Empty);
        var (status, body) = await SendAsync(_actions.Login().Request, pending);
        status.ShouldBe(Spec.OperationFor(EffectAction.Login).Success.Status, body);
        return pending with { Token = Spec.LoginAnswer.Read(body)?.Token ?? throw new InvalidOperationException(body) };
    }

    public Task<(int Status, string Body)> RegisterAsync(LoginSession session, string resource) =>
        SendAsync(_actions.Register(resource, _actions.NewKey(resource)).Request, session);

    public Task<(int Status, string Body)> QueryAsync(LoginSession session, string resource) => SendAsync(_actions.Query(resource).Request, session);

    public void Dispose() => _http.Dispose();

    private async Task<(int Status, string Body)> SendAsync(ScenarioRequest request, LoginSession session)
    {
        using var message = new HttpRequestMessage(request.Method, new Uri(mock.BaseUrl.AbsoluteUri.TrimEnd('/') + request.Path[Spec.BasePath.Length..]));
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, RequestPlaceholders.Fill(value, session));
        }

        if (request.Body is not null)
        {
            message.Content = new StringContent(RequestPlaceholders.FillJson(request.Body, session), Encoding.UTF8);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType ?? MediaTypes.Json);
        }

        using var response = await _http.SendAsync(message, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
