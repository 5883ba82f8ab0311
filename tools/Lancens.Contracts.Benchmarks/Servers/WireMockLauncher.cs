using System.Text.Json;
using Lancens.Contracts.Model;
using Lancens.Contracts.WireMockHost;

namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>Stock WireMock on the generated mappings (mocks/), started by the launcher lancens serve --engine wiremock uses.</summary>
internal sealed class WireMockLauncher(RepositoryLayout layout, ApiSpecification spec) : IServerLauncher
{
    public const string ServerName = "wiremock";

    public string Name => ServerName;

    public string Description =>
        $"stock WireMock on mocks/ ({StubCount()} generated stubs), " +
        "the launcher's JVM flags, journal 1000; ready = process start to /__admin/health";

    // It keeps one scenario state for all clients, not accounts; its stubs answer each natural error's own text.
    public ServerTraits Traits { get; } = new(Remembers: false, AnswersExactErrors: true);

    public async Task<RunningServer> StartAsync(TextWriter progress, CancellationToken cancellationToken)
    {
        // Only the root is given, so the JVM and WireMock flags, bounded journal included, are those of lancens serve;
        // port 0 picks a free one.
        var server = await WireMockServer.StartAsync(new WireMockOptions { RootDirectory = layout.MocksDirectory }, cancellationToken);
        return new RunningServer(new Uri(server.BaseUrl, spec.BasePath), server.ProcessId, server.TimeToReady, server);
    }

    // A mapping file holds one stub, or several under "mappings".
    private int StubCount() =>
        Directory.GetFiles(Path.Combine(layout.MocksDirectory, "mappings"), "*.json").Sum(file =>
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            return document.RootElement.TryGetProperty("mappings", out var mappings) ? mappings.GetArrayLength() : 1;
        });
}
