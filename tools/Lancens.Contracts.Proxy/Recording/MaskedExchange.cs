using Lancens.Contracts.Model;
using Lancens.Contracts.Proxy.Forwarding;

namespace Lancens.Contracts.Proxy.Recording;

/// <summary>One header as it may leave the proxy.</summary>
public sealed record HeaderLine(string Name, string Value);

/// <summary>An exchange as it may leave the proxy: in the recording, on the admin endpoints, in reports. Every secret is a placeholder.</summary>
/// <param name="RequestBodyLength">Every byte the client sent; the body text holds the first ones (up to the spec's limit and one more).</param>
public sealed record MaskedExchange(
    long Number,
    DateTimeOffset Started,
    double Milliseconds,
    string Method,
    string Target,
    IReadOnlyList<HeaderLine> RequestHeaders,
    string RequestBody,
    long RequestBodyLength,
    int Status,
    IReadOnlyList<HeaderLine> ResponseHeaders,
    string ResponseBody,
    long ResponseBodyLength,
    string? UpstreamFailure)
{
    internal static MaskedExchange Of(Exchange exchange, ApiOperation? operation, SecretMask mask)
    {
        // The answer first: a login's token is learned before the request headers of later exchanges need it.
        var responseBody = mask.ResponseBody(operation, exchange.Status, exchange.ResponseBody);
        var requestBody = mask.RequestBody(operation, exchange.RequestBody);
        return new MaskedExchange(
            exchange.Number,
            exchange.Started,
            exchange.Duration.TotalMilliseconds,
            exchange.Method,
            mask.Scrub(exchange.Target),
            [.. exchange.RequestHeaders.Select(header => new HeaderLine(header.Key, mask.Header(header.Key, header.Value)))],
            requestBody,
            exchange.RequestBodyLength,
            exchange.Status,
            [.. exchange.ResponseHeaders.Select(header => new HeaderLine(header.Key, mask.Header(header.Key, header.Value)))],
            responseBody,
            exchange.ResponseBodyLength,
            exchange.UpstreamFailure is null ? null : mask.Scrub(exchange.UpstreamFailure));
    }

    /// <summary>Back into an exchange for the judge, as a recording holds it: the placeholders stand for the secrets.</summary>
    internal Exchange ToExchange() => new(
        Number,
        Started,
        TimeSpan.FromMilliseconds(Milliseconds),
        Method,
        Target,
        [.. RequestHeaders.Select(header => new KeyValuePair<string, string>(header.Name, header.Value))],
        System.Text.Encoding.UTF8.GetBytes(RequestBody),
        Math.Max(RequestBodyLength, System.Text.Encoding.UTF8.GetByteCount(RequestBody)),
        Status,
        [.. ResponseHeaders.Select(header => new KeyValuePair<string, string>(header.Name, header.Value))],
        System.Text.Encoding.UTF8.GetBytes(ResponseBody),
        ResponseBodyLength,
        UpstreamFailure);

    public string? ResponseHeader(string name) => ResponseHeaders.FirstOrDefault(header => string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    public string? RequestHeader(string name) => RequestHeaders.FirstOrDefault(header => string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;
}
