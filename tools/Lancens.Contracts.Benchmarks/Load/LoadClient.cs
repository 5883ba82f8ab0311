using System.Diagnostics;
using Lancens.Contracts.Benchmarks.Requests;
using Lancens.Contracts.Model.Checking;

namespace Lancens.Contracts.Benchmarks.Load;

/// <summary>
/// The generator's HTTP client: one pooled connection per virtual user, no proxy, cookies or redirects, and wrk's timeout.
/// A new one per run, so every run connects afresh, as wrk does.
/// </summary>
internal sealed class LoadClient(int connections, TimeSpan timeout) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        UseProxy = false,
        UseCookies = false,
        AllowAutoRedirect = false,
        MaxConnectionsPerServer = connections,
        ConnectTimeout = timeout,
    })
    {
        Timeout = timeout,
    };

    /// <summary>Sends and times one request, counting a failure to get an answer in <paramref name="tally"/>.</summary>
    /// <returns>The answer, or null when the connection failed or the request timed out.</returns>
    public async Task<ObservedResponse?> SendAsync(SentRequest request, Uri url, UserTally tally, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var message = request.ToMessage(url);
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            tally.Answered(Stopwatch.GetElapsedTime(started));
            return new ObservedResponse((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body);
        }
        catch (HttpRequestException exception)
        {
            tally.ConnectionError($"{request}: {exception.Message}");
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            tally.ConnectionError($"{request}: no answer within {timeout.TotalSeconds:0} s");
            return null;
        }
    }

    public void Dispose() => _client.Dispose();
}
