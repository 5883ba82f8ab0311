using Lancens.Contracts.WireMockHost;

namespace Lancens.Contracts.Benchmarks;

/// <summary>One WireMock under test, started on its root the way lancens serve does, with a client to check its answers.</summary>
internal sealed class BenchmarkServer : IAsyncDisposable
{
    private readonly WireMockServer _server;

    private BenchmarkServer(string name, WireMockServer server, string java)
    {
        Name = name;
        _server = server;
        Java = java;
    }

    public string Name { get; }

    public Uri BaseUrl => _server.BaseUrl;

    public TimeSpan TimeToReady => _server.TimeToReady;

    public string Java { get; }

    public HttpClient Client { get; } = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };

    public static async Task<BenchmarkServer> StartAsync(string name, string rootDirectory, TextWriter progress, CancellationToken cancellationToken)
    {
        // Only the root differs, so the JVM and WireMock flags (bounded journal included) are those of lancens serve;
        // the default port 0 picks a free one.
        var options = new WireMockOptions { RootDirectory = rootDirectory };

        // The first launch of a root records the class-data archive, which slows its start and its exit; a throwaway
        // launch first makes the measured time to ready the one every later start sees, for both servers alike.
        progress.WriteLine($"[{name}] priming a launch of {rootDirectory} ...");
        await using (await WireMockServer.StartAsync(options, cancellationToken).ConfigureAwait(false))
        {
        }

        var server = await WireMockServer.StartAsync(options, cancellationToken).ConfigureAwait(false);
        progress.WriteLine($"[{name}] ready in {server.TimeToReady.TotalSeconds:0.00} s at {server.BaseUrl}");
        var java = await Machine.JavaVersionAsync(server.ProcessId, cancellationToken).ConfigureAwait(false);
        return new BenchmarkServer(name, server, java);
    }

    public Task ResetAsync(CancellationToken cancellationToken) => _server.ResetScenariosAsync(cancellationToken);

    public Task<string> ExpectAsync(Workload workload, CancellationToken cancellationToken) =>
        ResponseCheck.ExpectAsync(Client, BaseUrl, workload, Name, cancellationToken);

    public long ResidentBytes() => ProcessMemory.ResidentBytes(_server.ProcessId);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _server.DisposeAsync().ConfigureAwait(false);
    }
}
