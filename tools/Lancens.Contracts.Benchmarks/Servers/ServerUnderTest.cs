namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>A server the runs are measured on: its last start, which stays up, the time to ready of each timed start, and what the runs found on it.</summary>
internal sealed class ServerUnderTest(ServerKind kind, RunningServer running, IReadOnlyList<TimeSpan> readyTimes) : IAsyncDisposable
{
    public ServerKind Kind => kind;

    public RunningServer Running => running;

    public IReadOnlyList<TimeSpan> ReadyTimes => readyTimes;

    public TimeSpan MedianReadyTime => TimeSpan.FromSeconds(WorkloadResult.Median(readyTimes.Select(time => time.TotalSeconds)));

    /// <summary>The workloads measured on it, in order.</summary>
    public List<WorkloadResult> Results { get; } = [];

    /// <summary>Per workload, how its answer differs from a host that remembers and tells errors apart, or how it was set up.</summary>
    public Dictionary<string, string> Notes { get; } = new(StringComparer.Ordinal);

    /// <summary>Its process and their children's, read after every workload.</summary>
    public double ResidentMegabytes { get; set; }

    /// <summary>
    /// Starts the server several times to time its start: one untimed start first, which fills the file cache (and
    /// records WireMock's class-data archive) as every later start finds them, then the timed ones; the last stays up.
    /// </summary>
    public static async Task<ServerUnderTest> StartAsync(ServerKind kind, int timedStarts, TextWriter progress, CancellationToken cancellationToken)
    {
        progress.WriteLine($"[{kind}] a first, untimed start ...");
        await (await kind.StartAsync(cancellationToken)).DisposeAsync();
        var readyTimes = new List<TimeSpan>();
        while (true)
        {
            var running = await kind.StartAsync(cancellationToken);
            readyTimes.Add(running.TimeToReady);
            progress.WriteLine($"[{kind}] start {readyTimes.Count} of {timedStarts}: answered {running.TimeToReady.TotalSeconds:0.000} s after process start");
            if (readyTimes.Count == timedStarts)
            {
                return new ServerUnderTest(kind, running, readyTimes);
            }

            await running.DisposeAsync();
        }
    }

    public WorkloadResult? For(Workload workload) => Results.FirstOrDefault(result => result.Workload == workload);

    public ValueTask DisposeAsync() => running.DisposeAsync();

    public override string ToString() => kind.Name;
}

/// <summary>One start of a server: where its API answers, its process, and how long it took from process start to answer.</summary>
/// <param name="ApiBase">The base URL the API's paths go under, e.g. <c>http://127.0.0.1:5000/v1/api</c>.</param>
internal sealed record RunningServer(Uri ApiBase, int ProcessId, TimeSpan TimeToReady, IAsyncDisposable Handle) : IAsyncDisposable
{
    /// <summary>The server's root, where the engine's admin endpoints are.</summary>
    public Uri Root => new(ApiBase, "/");

    public ValueTask DisposeAsync() => Handle.DisposeAsync();
}
