using System.Diagnostics;
using System.Net;

namespace Lancens.Contracts.WireMockHost;

/// <summary>Polls /__admin/health until WireMock answers 200, the process exits, or the time runs out.</summary>
internal static class ReadinessProbe
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);

    /// <returns>Null when ready; otherwise the last reason the health check failed, for the error message.</returns>
    public static async Task<string?> WaitAsync(
        WireMockProcess process, HttpClient client, Uri baseUrl, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var healthUrl = new Uri(baseUrl, "__admin/health");
        var started = Stopwatch.GetTimestamp();
        var lastProblem = "no health check answered yet";
        while (!process.HasExited && Stopwatch.GetElapsedTime(started) < timeout)
        {
            var problem = await CheckAsync(client, healthUrl, cancellationToken).ConfigureAwait(false);
            if (problem is null)
            {
                return null;
            }

            lastProblem = problem;
            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }

        return lastProblem;
    }

    private static async Task<string?> CheckAsync(HttpClient client, Uri healthUrl, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(AttemptTimeout);
        try
        {
            using var response = await client.GetAsync(healthUrl, attempt.Token).ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.OK ? null : $"{healthUrl} answered {(int)response.StatusCode}";
        }
        catch (HttpRequestException exception)
        {
            return $"{healthUrl}: {Describe(exception)}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"{healthUrl} did not answer within {AttemptTimeout.TotalSeconds:0} s";
        }
    }

    // TLS failures only say "see inner exception"; connection failures already repeat the inner message.
    private static string Describe(HttpRequestException exception) =>
        exception.InnerException is { } inner && !exception.Message.Contains(inner.Message, StringComparison.Ordinal)
            ? $"{exception.Message} {inner.Message}"
            : exception.Message;
}
