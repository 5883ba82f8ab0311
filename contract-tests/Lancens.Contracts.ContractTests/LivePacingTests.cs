using System.Diagnostics;
using System.Net;
using Lancens.Contracts.ContractTests.Running;

namespace Lancens.Contracts.ContractTests;

/// <summary>Courtesy to the real host: the pace limit, and waiting as the host asks on 429 and 503.</summary>
public sealed class LivePacingTests
{
    [Fact]
    public async Task Send_TooManyRequestsWithRetryAfter_WaitsAndRetries()
    {
        var host = new ScriptedHost(Answer(HttpStatusCode.TooManyRequests, "0"), Answer(HttpStatusCode.ServiceUnavailable, "0"), Answer(HttpStatusCode.OK, null));
        using var client = new HttpClient(new LivePacing(host, requestsPerSecond: 0, TimeProvider.System));

        using var response = await client.PostAsync("http://host.invalid/v1/api/user/token", new StringContent("{\"a\":1}"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Bodies.ShouldBe(["{\"a\":1}", "{\"a\":1}", "{\"a\":1}"], "every retry sends the same body");
    }

    [Fact]
    public async Task Send_AHostThatKeepsRefusing_GivesUpWithItsAnswer()
    {
        var host = new ScriptedHost([.. Enumerable.Repeat(Answer(HttpStatusCode.ServiceUnavailable, "0"), 10)]);
        using var client = new HttpClient(new LivePacing(host, requestsPerSecond: 0, TimeProvider.System));

        using var response = await client.GetAsync("http://host.invalid/", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        host.Bodies.Count.ShouldBe(4, "one try and three retries");
    }

    [Fact]
    public async Task Send_AtARate_NeverSendsFasterThanIt()
    {
        var host = new ScriptedHost([.. Enumerable.Repeat(Answer(HttpStatusCode.OK, null), 5)]);
        using var client = new HttpClient(new LivePacing(host, requestsPerSecond: 20, TimeProvider.System));
        var watch = Stopwatch.StartNew();

        for (var request = 0; request < 5; request++)
        {
            using var response = await client.GetAsync("http://host.invalid/", TestContext.Current.CancellationToken);
        }

        // The bucket refills on its own clock, so five requests at 20 per second span at least three whole intervals of
        // 50 ms: a lower bound, never an upper one.
        watch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(3 * 50));
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("600", 60)]
    [InlineData(null, 1)]
    public void RetryAfter_OfAnAnswer_IsWhatTheHostAskedBoundedToAMinute(string? header, int seconds)
    {
        using var response = Answer(HttpStatusCode.TooManyRequests, header)();

        LivePacing.RetryAfter(response, TimeProvider.System.GetUtcNow()).ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    private static Func<HttpResponseMessage> Answer(HttpStatusCode status, string? retryAfter) => () =>
    {
        var response = new HttpResponseMessage(status);
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return response;
    };

    private sealed class ScriptedHost(params Func<HttpResponseMessage>[] answers) : HttpMessageHandler
    {
        private int _next;

        public List<string> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Bodies.Add(request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken));
            return answers[_next++]();
        }
    }
}
