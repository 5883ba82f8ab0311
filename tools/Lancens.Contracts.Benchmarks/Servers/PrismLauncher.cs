using System.Globalization;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>Prism's mock server on the spec, started with node; it serves the spec's paths at its root, without the base path.</summary>
internal sealed class PrismLauncher(RepositoryLayout layout, PrismInstall prism, string probePath) : IServerLauncher
{
    public string Name => "prism";

    public string Description =>
        $"Prism {prism.Version} (node) on {Path.GetRelativePath(layout.Root, layout.SpecFile)}, static examples, request logging off (--verboseLevel silent)";

    // It validates requests against the schema but answers the first example of a status, whatever the error.
    public ServerTraits Traits { get; } = new(Remembers: false, AnswersExactErrors: false);

    public async Task<RunningServer> StartAsync(TextWriter progress, CancellationToken cancellationToken)
    {
        var port = FreePort.Pick().ToString(CultureInfo.InvariantCulture);
        var apiBase = new Uri($"http://127.0.0.1:{port}/");

        // Logging off as on the other servers, none of which logs a request: at its default level Prism writes about six
        // lines per request.
        string[] arguments = [prism.EntryScript, "mock", "--host", "127.0.0.1", "--port", port, "--verboseLevel", "silent", layout.SpecFile];
        var (process, ready) = await ServedProcess.StartAsync(Name, "node", arguments, prism.Directory, new Uri($"{apiBase.AbsoluteUri.TrimEnd('/')}{probePath}"), cancellationToken);
        return new RunningServer(apiBase, process.Id, ready, process);
    }
}
