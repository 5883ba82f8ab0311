using System.Net.Http.Headers;
using System.Text;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using Lancens.Contracts.Scenarios;
using WireMock.Server;
using WireMock.Settings;

namespace Lancens.Contracts.WireMockNet.Tests.Support;

/// <summary>
/// A team's own WireMock.Net server, as their fixtures start one: on a free loopback port, stopped on dispose. Requests go
/// out as the contract suite writes them (the scenarios' requests, session values filled in) and come back as the model's
/// <see cref="ObservedResponse"/>, to be judged by the model's response contract.
/// </summary>
internal sealed class TeamServer : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(60) };

    public TeamServer() =>
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });

    public WireMockServer Server { get; }

    public Uri Root => new(Server.Url!);

    public Task<ObservedResponse> SendAsync(ScenarioRequest request, LoginSession? session = null) =>
        SendAsync(request.Method, request.Path, request.Headers, request.Body, request.ContentType, session);

    public async Task<ObservedResponse> SendAsync(
        HttpMethod method,
        string path,
        IEnumerable<KeyValuePair<string, string>>? headers = null,
        string? body = null,
        string? contentType = MediaTypes.Json,
        LoginSession? session = null)
    {
        session ??= new LoginSession(string.Empty, string.Empty, string.Empty);
        using var message = new HttpRequestMessage(method, new Uri(Root, path));
        foreach (var (name, value) in headers ?? [])
        {
            message.Headers.TryAddWithoutValidation(name, RequestPlaceholders.Fill(value, session));
        }

        if (body is not null)
        {
            message.Content = new StringContent(RequestPlaceholders.FillJson(body, session), Encoding.UTF8);
            message.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        }

        using var response = await _client.SendAsync(message, TestContext.Current.CancellationToken);
        return new ObservedResponse(
            (int)response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public void Dispose()
    {
        _client.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
