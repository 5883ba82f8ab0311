namespace Lancens.Contracts.Proxy.Forwarding;

/// <summary>
/// One request the proxy forwarded and what came back, as it passed through: the raw values, secrets included, which
/// only the judge reads. Everything that leaves the proxy (console, admin endpoints, recording, report) is masked first.
/// </summary>
/// <param name="Number">Counts up from 1 in the order requests arrived, so one client's exchanges are judged in its order.</param>
/// <param name="Target">The request target as sent: path and query, still percent-encoded.</param>
/// <param name="RequestBody">The body's first bytes, up to the spec's limit and one more; <paramref name="RequestBodyLength"/> counts them all.</param>
/// <param name="Status">The upstream's status, or the proxy's own when <paramref name="UpstreamFailure"/> says it did not answer.</param>
/// <param name="UpstreamFailure">Why the upstream gave no (whole) answer; null when it answered.</param>
internal sealed record Exchange(
    long Number,
    DateTimeOffset Started,
    TimeSpan Duration,
    string Method,
    string Target,
    IReadOnlyList<KeyValuePair<string, string>> RequestHeaders,
    byte[] RequestBody,
    long RequestBodyLength,
    int Status,
    IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders,
    byte[] ResponseBody,
    long ResponseBodyLength,
    string? UpstreamFailure)
{
    public string? RequestHeader(string name) => RequestHeaders.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public string? ResponseHeader(string name) => ResponseHeaders.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>When the answer was complete: what expiries are judged against.</summary>
    public DateTimeOffset Answered => Started + Duration;

    // Headers and bodies hold secrets: a record would print them.
    public override string ToString() => $"#{Number} {Method} {Target} -> {Status}";
}
