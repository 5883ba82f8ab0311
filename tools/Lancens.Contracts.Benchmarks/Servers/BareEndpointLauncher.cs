using System.Globalization;
using Lancens.Contracts.Benchmarks.Bare;

namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>The loopback limit: this program started again as a bare ASP.NET Core endpoint that answers fixed JSON.</summary>
internal sealed class BareEndpointLauncher(string answersFile, string basePath, string probePath, string workingDirectory) : IServerLauncher
{
    public const string ServerName = "bare";

    public string Name => ServerName;

    public string Description => "ASP.NET Core minimal endpoints answering fixed JSON: each operation's documented example (the loopback limit)";

    // Its one decision: a body without the missing field's name gets that error's example.
    public ServerTraits Traits { get; } = new(Remembers: false, AnswersExactErrors: true);

    public async Task<RunningServer> StartAsync(TextWriter progress, CancellationToken cancellationToken)
    {
        var port = FreePort.Pick().ToString(CultureInfo.InvariantCulture);
        var apiBase = new Uri($"http://127.0.0.1:{port}{basePath}");
        string[] arguments = [DotnetFiles.Self, BareEndpoint.Mode, "--port", port, "--answers", answersFile];
        var (process, ready) = await ServedProcess.StartAsync(Name, DotnetFiles.Host, arguments, workingDirectory, new Uri(apiBase.AbsoluteUri + probePath), cancellationToken);
        return new RunningServer(apiBase, process.Id, ready, process);
    }
}
