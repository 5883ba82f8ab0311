namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>
/// Starts a server several times to time its start: one untimed start first, which fills the file cache (and records
/// WireMock's class-data archive) as every later start finds them, then the timed ones; the last stays up.
/// </summary>
internal static class ServerStarts
{
    public static async Task<ServerUnderTest> StartAsync(IServerLauncher launcher, int timedStarts, TextWriter progress, CancellationToken cancellationToken)
    {
        progress.WriteLine($"[{launcher.Name}] a first, untimed start ...");
        await using (await launcher.StartAsync(progress, cancellationToken))
        {
        }

        var readyTimes = new List<TimeSpan>();
        for (var start = 1; ; start++)
        {
            var running = await launcher.StartAsync(progress, cancellationToken);
            readyTimes.Add(running.TimeToReady);
            progress.WriteLine(
                $"[{launcher.Name}] start {start} of {timedStarts}: answered {running.TimeToReady.TotalSeconds:0.000} s after process start" +
                (running.SelfReported is null ? "" : $" (it says: {running.SelfReported})"));
            if (start == timedStarts)
            {
                return new ServerUnderTest(launcher, running, readyTimes);
            }

            await running.DisposeAsync();
        }
    }
}
