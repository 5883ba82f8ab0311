using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Support;

/// <summary>Sends the spec's operations to an engine: the URL from the operation's path template, the token in the spec's header.</summary>
internal sealed class ApiClient(Uri root, HttpMessageHandler? handler = null) : IDisposable
{
    private readonly HttpClient _http = new(handler ?? NewHandler()) { Timeout = TimeSpan.FromSeconds(60) };

    public ApiClient(LancensMock mock)
        : this(mock.RootUrl)
    {
    }

    public Uri Root => root;

    /// <summary>The operation's URL on <paramref name="root"/>, its path parameter (the serial) escaped.</summary>
    public static Uri Url(Uri root, ApiOperation operation, string? serial = null)
    {
        var path = operation.PathTemplate;
        foreach (var parameter in operation.PathParameters)
        {
            var value = serial ?? parameter.Example ?? throw new InvalidOperationException($"{operation.Id}: no value for {{{parameter.Name}}}");
            path = path.Replace($"{{{parameter.Name}}}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        return new Uri(root, path);
    }

    public Task<ApiAnswer> SendAsync(ApiOperation operation, string? token = null, JsonNode? body = null, string? serial = null, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(operation.Method, Url(root, operation, serial));
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation(TestSpec.Spec.TokenHeader, token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, MediaTypes.Json);
        }

        configure?.Invoke(request);
        return SendAsync(request);
    }

    /// <summary>Sends and disposes the request; the answer is read whole.</summary>
    public async Task<ApiAnswer> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            var cancellation = TestContext.Current.CancellationToken;
            using var response = await _http.SendAsync(request, cancellation);
            var body = await response.Content.ReadAsStringAsync(cancellation);
            return new ApiAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
        }
    }

    public Task<ApiAnswer> SendAsync(HttpMethod method, string pathAndQuery, HttpContent? content = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, new Uri(root, pathAndQuery)) { Content = content };
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation(TestSpec.Spec.TokenHeader, token);
        }

        return SendAsync(request);
    }

    public static ByteArrayContent Bytes(byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return content;
    }

    public void Dispose() => _http.Dispose();

    private static SocketsHttpHandler NewHandler() => new() { UseProxy = false, AllowAutoRedirect = false, UseCookies = false };
}
