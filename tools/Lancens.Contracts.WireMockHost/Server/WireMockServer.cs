namespace Lancens.Contracts.WireMockHost;

/// <summary>A stock WireMock process serving a root folder, started and stopped in-process by the CLI and the test suites.</summary>
public sealed class WireMockServer : IAsyncDisposable
{
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(5);

    // Writing the class-data archive at exit takes about 2 s on an idle machine; a busy one needs more room.
    private static readonly TimeSpan RecordingShutdownGrace = TimeSpan.FromSeconds(30);

    private readonly WireMockProcess process;
    private readonly HttpClient admin;
    private readonly ClassDataSharingArchive archive;
    private readonly Lock gate = new();
    private Task? stopping;

    internal WireMockServer(WireMockProcess process, HttpClient admin, ClassDataSharingArchive archive, Uri baseUrl, TimeSpan timeToReady)
    {
        this.process = process;
        this.admin = admin;
        this.archive = archive;
        BaseUrl = baseUrl;
        TimeToReady = timeToReady;
    }

    /// <summary>The server root, e.g. http://127.0.0.1:54321/.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The java process, so a benchmark can read its RSS.</summary>
    public int ProcessId => process.Id;

    /// <summary>From process start until /__admin/health answered 200.</summary>
    public TimeSpan TimeToReady { get; }

    /// <summary>WireMock's stdout and stderr so far (the most recent 200 KB), for diagnostics.</summary>
    public string Output => process.Output.ToString();

    internal bool HasExited => process.HasExited;

    /// <exception cref="WireMockException">WireMock could not be installed, started or did not become ready.</exception>
    public static async Task<WireMockServer> StartAsync(WireMockOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var launch = await WireMockLaunch.PrepareAsync(options, cancellationToken).ConfigureAwait(false);
        try
        {
            return await WireMockStartAttempt.RunAsync(launch, cancellationToken).ConfigureAwait(false);
        }
        catch (WireMockException exception) when (exception.IsPortConflict && launch.PicksPort)
        {
            // Another process took the free port between our probe and WireMock's bind.
            return await WireMockStartAttempt.RunAsync(launch, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Resets every scenario to its Started state.</summary>
    public async Task ResetScenariosAsync(CancellationToken cancellationToken = default)
    {
        using var response = await admin.PostAsync(new Uri(BaseUrl, "__admin/scenarios/reset"), null, cancellationToken)
            .ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Asks WireMock to shut down, waits for it (bounded) and kills the process tree if it lingers.</summary>
    public Task StopAsync()
    {
        lock (gate)
        {
            return stopping ??= StopCoreAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private async Task StopCoreAsync()
    {
        if (!process.HasExited)
        {
            await RequestShutdownAsync().ConfigureAwait(false);
        }

        var exited = await process.WaitForExitAsync(archive.IsRecording ? RecordingShutdownGrace : ShutdownGrace)
            .ConfigureAwait(false);
        if (!exited)
        {
            await process.KillAsync().ConfigureAwait(false);
        }

        archive.Complete(cleanExit: exited && process.ExitCode == 0);
        admin.Dispose();
        process.Dispose();
    }

    private async Task RequestShutdownAsync()
    {
        using var timeout = new CancellationTokenSource(ShutdownGrace);
        try
        {
            using var response = await admin.PostAsync(new Uri(BaseUrl, "__admin/shutdown"), null, timeout.Token)
                .ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
        {
            // Exiting already, or hung: the bounded wait and the kill that follow handle both.
        }
    }
}
