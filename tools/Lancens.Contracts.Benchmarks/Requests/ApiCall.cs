using System.Text;

namespace Lancens.Contracts.Benchmarks.Requests;

/// <summary>One request as the scenario builder made it (session values as placeholders), and the documented answer it must get.</summary>
/// <param name="BasePath">The spec's base path, which each server may serve under or not (Prism serves the paths at its root).</param>
internal sealed record ApiCall(ApiOperation Operation, ScenarioRequest Request, ExpectedResponse Expected, string BasePath)
{
    /// <summary>The request with the session's values in place of the placeholders.</summary>
    public SentRequest Fill(LoginSession session)
    {
        var path = Request.Path.StartsWith(BasePath, StringComparison.Ordinal) ? Request.Path[BasePath.Length..] : Request.Path;
        var headers = Request.Headers.Select(header => KeyValuePair.Create(header.Key, RequestPlaceholders.Fill(header.Value, session))).ToList();
        return new SentRequest(this, path, headers, Request.Body is null ? null : RequestPlaceholders.FillJson(Request.Body, session));
    }

    public override string ToString() => $"{Operation.Id} ({Request})";
}

/// <summary>A request ready to send to any server: its path is relative to the API's base, which differs between servers.</summary>
/// <param name="RelativePath">E.g. <c>/user/token</c>.</param>
internal sealed record SentRequest(ApiCall Call, string RelativePath, IReadOnlyList<KeyValuePair<string, string>> Headers, string? Body)
{
    // Encoded once: the generator sends it over and over.
    private readonly byte[]? _bodyBytes = Body is null ? null : Encoding.UTF8.GetBytes(Body);

    public HttpMethod Method => Call.Request.Method;

    public string ContentType => Call.Request.ContentType ?? MediaTypes.Json;

    /// <param name="apiBase">The server's base URL of the API, e.g. <c>http://127.0.0.1:5000/v1/api</c>.</param>
    public Uri Url(Uri apiBase) => new(apiBase.AbsoluteUri.TrimEnd('/') + RelativePath);

    public HttpRequestMessage ToMessage(Uri apiBase)
    {
        var message = new HttpRequestMessage(Method, Url(apiBase));
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
