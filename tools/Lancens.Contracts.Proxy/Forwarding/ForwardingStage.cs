using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Forwarder;

namespace Lancens.Contracts.Proxy.Forwarding;

/// <summary>
/// Forwards one request with YARP's forwarder and hands the whole exchange, as it passed, to the judge: the bodies are
/// copied while they stream (<see cref="CapturingStream"/>), so nothing waits for the checks. When the upstream gives no
/// answer, the client gets the proxy's own (<see cref="UpstreamFailures"/>). The exchange's number is reserved as its
/// request arrives, so whoever asks for the verdicts once it has an answer waits for its judgement.
/// </summary>
internal sealed class ForwardingStage(
    IHttpForwarder forwarder,
    HttpMessageInvoker upstream,
    string destination,
    TimeSpan timeout,
    int requestCapacity,
    int responseCapacity,
    TimeProvider time,
    Func<long> reserve,
    Func<Exchange, ValueTask> submit)
{
    // HTTP/1.1 to the upstream as from the client: header names keep the client's spelling (HTTP/2 would lower-case them).
    private readonly ForwarderRequestConfig _config = new() { ActivityTimeout = timeout, Version = System.Net.HttpVersion.Version11, VersionPolicy = HttpVersionPolicy.RequestVersionExact };

    public async Task HandleAsync(HttpContext context)
    {
        var number = reserve();
        var started = time.GetUtcNow();
        var clock = time.GetTimestamp();
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? $"{request.PathBase}{request.Path}{request.QueryString}";
        var requestHeaders = Flatten(request.Headers);
        var requestBody = new CapturingStream(request.Body, requestCapacity, reading: true);
        request.Body = requestBody;
        var responseBody = new CapturingStream(context.Response.Body, responseCapacity, reading: false);
        context.Response.Body = responseBody;
        string? failure = null;
        try
        {
            var error = await forwarder.SendAsync(context, destination, upstream, _config, UpstreamTransformer.Instance);
            failure = UpstreamFailures.Describe(error, context.GetForwarderErrorFeature()?.Exception, timeout);
            if (failure is not null)
            {
                await DrainAsync(requestBody, context.RequestAborted);
                await UpstreamFailures.AnswerAsync(context, error, failure);
            }
        }
        finally
        {
            // Whatever became of the forwarding: settling waits for this number.
            await submit(new Exchange(
                number, started, time.GetElapsedTime(clock), request.Method, target, requestHeaders, requestBody.Captured, requestBody.Count,
                context.Response.StatusCode, Flatten(context.Response.Headers), responseBody.Captured, responseBody.Count, failure));
        }
    }

    // What the forwarder left unread, so the request checks see the body the client sent.
    private static async Task DrainAsync(CapturingStream body, CancellationToken cancellationToken)
    {
        try
        {
            await body.DrainAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or BadHttpRequestException or InvalidOperationException)
        {
            // The client's body broke off: the checks judge what arrived.
        }
    }

    private static List<KeyValuePair<string, string>> Flatten(IHeaderDictionary headers) =>
        [.. headers.SelectMany(header => header.Value.Select(value => new KeyValuePair<string, string>(header.Key, value ?? string.Empty)))];
}
