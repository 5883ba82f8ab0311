using System.Text;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Benchmarks.Requests;

/// <summary>A request ready to send to any server: its path is relative to the API's base, which differs between servers.</summary>
internal sealed class SentRequest(ApiCall call, string relativePath, IReadOnlyList<KeyValuePair<string, string>> headers, string? body)
{
    private readonly byte[]? _bodyBytes = body is null ? null : Encoding.UTF8.GetBytes(body);

    public ApiCall Call { get; } = call;

    public HttpMethod Method => Call.Request.Method;

    /// <summary>E.g. <c>/user/token</c>.</summary>
    public string RelativePath { get; } = relativePath;

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; } = headers;

    public string? Body { get; } = body;

    public string ContentType => Call.Request.ContentType ?? MediaTypes.Json;

    /// <param name="apiBase">The server's base URL of the API, e.g. <c>http://127.0.0.1:5000/v1/api</c>.</param>
    public Uri Url(Uri apiBase) => new(apiBase.AbsoluteUri.TrimEnd('/') + RelativePath);

    public HttpRequestMessage ToMessage(Uri url)
    {
        var message = new HttpRequestMessage(Method, url);
        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (_bodyBytes is not null)
        {
            message.Content = new ByteArrayContent(_bodyBytes);
            message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }

        return message;
    }

    public override string ToString() => $"{Method.Method} {RelativePath}";
}
