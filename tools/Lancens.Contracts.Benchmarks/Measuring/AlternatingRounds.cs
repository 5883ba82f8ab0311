namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>
/// One workload on every server: a warm-up each, then rounds in which the servers take turns, the order reversed every
/// round, so drift in the machine's speed falls on all alike and none always runs right after the same other. Each
/// server's rounds are added to its results.
/// </summary>
internal static class AlternatingRounds
{
    /// <param name="drivers">For each server, what drives the workload against it for so many seconds: wrk or the C# generator.</param>
    public static async Task MeasureAsync(
        Workload workload, IReadOnlyDictionary<ServerUnderTest, Func<int, CancellationToken, Task<RoundResult>>> drivers, BenchmarkSettings settings, TextWriter progress, CancellationToken cancellationToken)
    {
        var servers = drivers.Keys.ToList();
        if (settings.WarmupSeconds > 0)
        {
            foreach (var server in servers)
            {
                progress.WriteLine($"[{server}] {workload}: warming up for {settings.WarmupSeconds} s ...");
                await drivers[server](settings.WarmupSeconds, cancellationToken);
            }
        }

        var rounds = servers.ToDictionary(server => server, _ => new List<RoundResult>());
        for (var round = 1; round <= settings.Rounds; round++)
        {
            foreach (var server in round % 2 == 1 ? servers : Enumerable.Reverse(servers))
            {
                var result = await drivers[server](settings.DurationSeconds, cancellationToken);
                progress.WriteLine(
                    $"[{server}] {workload}: round {round} of {settings.Rounds}: {result.RequestsPerSecond:0} req/s, p99 {result.P99.TotalMilliseconds:0.00} ms");
                rounds[server].Add(result);
            }
        }

        foreach (var server in servers)
        {
            server.Results.Add(new WorkloadResult(workload, rounds[server]));
        }
    }
}
