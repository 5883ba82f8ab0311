using System.Globalization;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>The engine as <c>lancens serve</c> runs it: <c>dotnet lancens.dll serve</c>, a process of its own, journal bounded.</summary>
internal sealed class EngineLauncher(RepositoryLayout layout, ApiSpecification spec, string probePath) : IServerLauncher
{
    // lancens serve's default, passed explicitly: the RSS target holds with the journal bounded.
    public const int JournalEntries = MockDefaults.JournalEntries;

    public const string ServerName = "engine";

    public string Name => ServerName;

    public string Description =>
        $"dotnet {Path.GetRelativePath(layout.Root, DotnetFiles.EngineCli)} serve --journal-entries {JournalEntries} ({DotnetFiles.Configuration} build, a process of its own)";

    public ServerTraits Traits { get; } = new(Remembers: true, AnswersExactErrors: true);

    public async Task<RunningServer> StartAsync(TextWriter progress, CancellationToken cancellationToken)
    {
        var cli = DotnetFiles.EngineCli;
        if (!File.Exists(cli))
        {
            throw new BenchmarkException($"{cli} is missing: run the benchmark with dotnet run (which builds it), or dotnet build -c {DotnetFiles.Configuration} tools/Lancens.Contracts.Cli.");
        }

        var port = FreePort.Pick();
        var apiBase = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}{spec.BasePath}");
        string[] arguments = [cli, "serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--journal-entries", JournalEntries.ToString(CultureInfo.InvariantCulture)];
        var (process, ready) = await ServedProcess.StartAsync(Name, DotnetFiles.Host, arguments, layout.Root, new Uri(apiBase.AbsoluteUri + probePath), cancellationToken);

        // The banner comes right after the server listens, so it is printed by the time the first answer is; a moment's
        // grace covers the output pipe.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (ReadyLine.Find(process.Output) is { } line)
            {
                return new RunningServer(apiBase, process.Id, ready, process, $"Ready in {line.Ready.TotalSeconds:0.00} s");
            }

            await Task.Delay(10, cancellationToken);
        }

        return new RunningServer(apiBase, process.Id, ready, process);
    }
}
