using System.Net;
using System.Threading.RateLimiting;
using Polly;
using Polly.Retry;

namespace Lancens.Contracts.ContractTests.Running;

/// <summary>
/// Courtesy to the real host: at most a few requests per second (one token per interval, no bursts), and on 429 or 503
/// a wait of the host's Retry-After (bounded) before a retry, so a CI schedule never looks like an attack on the vendor.
/// </summary>
internal sealed class LivePacing : DelegatingHandler
{
    // A host that asks for longer than this is not coming back within a test run.
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);
    private const int MaxRetries = 3;

    private readonly RateLimiter? _limiter;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;

    /// <param name="requestsPerSecond">At most this many requests per second; 0 for no limit.</param>
    public LivePacing(HttpMessageHandler inner, double requestsPerSecond, TimeProvider time)
        : base(inner)
    {
        _limiter = requestsPerSecond <= 0 ? null : new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1 / requestsPerSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        _retry = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = MaxRetries,
                ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome.Result?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable),
                DelayGenerator = arguments => ValueTask.FromResult<TimeSpan?>(RetryAfter(arguments.Outcome.Result, time.GetUtcNow())),
            })
            .Build();
    }

    /// <summary>How long the host asked to wait, bounded; 1 s when it did not say.</summary>
    /// <param name="now">When the answer came, for a Retry-After that gives a date.</param>
    public static TimeSpan RetryAfter(HttpResponseMessage? response, DateTimeOffset now)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - now : TimeSpan.FromSeconds(1));
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxRetryAfter ? MaxRetryAfter : wait;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The body is read again for a retry, so it is kept before the first attempt.
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        return await _retry.ExecuteAsync(
            async token =>
            {
                if (_limiter is not null)
                {
                    using var lease = await _limiter.AcquireAsync(1, token);
                }

                using var attempt = Copy(request, body);
                var response = await base.SendAsync(attempt, token);
                return response;
            },
            cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _limiter?.Dispose();
        }

        base.Dispose(disposing);
    }

    private static HttpRequestMessage Copy(HttpRequestMessage request, byte[]? body)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version };
        foreach (var (name, values) in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(name, values);
        }

        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var (name, values) in request.Content!.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(name, values);
            }
        }

        return copy;
    }
}
