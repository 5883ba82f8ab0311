using System.Diagnostics;

namespace Lancens.Contracts.Benchmarks.Load;

/// <summary>
/// The C# load generator: each virtual user is a task with at most one request in flight, on one connection of its
/// own, sending the next request only after the previous answer. So a user's token and registration stay its own,
/// which wrk cannot promise when one thread drives many connections. A new client per run, so every run connects
/// afresh, as wrk does; no proxy, cookies or redirects.
/// </summary>
/// <param name="duration">How long the run sends; <see cref="Timeout.InfiniteTimeSpan"/> for no end.</param>
internal sealed class GeneratorRun(int connections, Uri apiBase, TimeSpan duration, TimeSpan timeout) : IDisposable
{
    private readonly HttpClient _client = new(
        new SocketsHttpHandler { UseProxy = false, UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = connections, ConnectTimeout = timeout })
    {
        Timeout = timeout,
    };

    private readonly long _end = duration == Timeout.InfiniteTimeSpan ? long.MaxValue : Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);

    public bool IsOver => Stopwatch.GetTimestamp() >= _end;

    /// <summary>Each of <paramref name="users"/> runs its <paramref name="cycle"/> over and over for so many seconds, with wrk's timeout.</summary>
    public static async Task<RoundResult> RunAsync(
        int users, Func<int, GeneratorRun, UserTally, CancellationToken, Task> cycle, Uri apiBase, int seconds, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var run = new GeneratorRun(users, apiBase, TimeSpan.FromSeconds(seconds), BenchmarkSettings.Timeout);
        var tallies = Enumerable.Range(0, users).Select(_ => new UserTally()).ToArray();
        await Task.WhenAll(tallies.Select((tally, user) => Task.Run(
            async () =>
            {
                while (!run.IsOver)
                {
                    await cycle(user, run, tally, cancellationToken);
                }
            },
            cancellationToken)));
        return RoundResult.Of(tallies, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Sends and times one request, counting a failure to get an answer in <paramref name="tally"/>.</summary>
    /// <returns>Null when the run is over (nothing is sent) or the request got no answer; either ends the user's cycle.</returns>
    public async Task<ObservedResponse?> SendAsync(SentRequest request, UserTally tally, CancellationToken cancellationToken)
    {
        if (IsOver)
        {
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var message = request.ToMessage(apiBase);
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            tally.Answered(Stopwatch.GetElapsedTime(started));
            return new ObservedResponse((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body);
        }
        catch (HttpRequestException exception)
        {
            tally.ConnectionError($"{request}: {exception.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            tally.ConnectionError($"{request}: no answer within {timeout.TotalSeconds:0} s");
        }

        return null;
    }

    public void Dispose() => _client.Dispose();
}
