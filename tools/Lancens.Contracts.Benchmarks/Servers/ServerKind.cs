using System.Runtime.InteropServices;
using System.Text.Json;
using Lancens.Contracts.Benchmarks.Bare;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.WireMockHost;

namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>One kind of server under test, and how it starts, each time as a new process.</summary>
/// <param name="Name">Short, for tables: engine, wiremock, prism, bare.</param>
/// <param name="Description">What runs and how, for the report's header.</param>
/// <param name="Remembers">It keeps accounts, tokens and registrations: a query answers what this account registered.</param>
/// <param name="AnswersExactErrors">It tells documented errors apart: a request answers its own error's example, not another of the same status.</param>
internal sealed record ServerKind(string Name, string Description, bool Remembers, bool AnswersExactErrors, Func<CancellationToken, Task<RunningServer>> StartAsync)
{
    public const string EngineName = "engine", WireMockName = "wiremock", BareName = "bare";

    // lancens serve's default, passed explicitly: the RSS target holds with the journal bounded.
    public const int JournalEntries = MockDefaults.JournalEntries;

    /// <summary>The engine as <c>lancens serve</c> runs it: <c>dotnet lancens.dll serve</c>, a process of its own, journal bounded.</summary>
    public static ServerKind Engine(RepositoryLayout layout, ApiSpecification spec, string probePath) => new(
        EngineName,
        $"dotnet {Path.GetRelativePath(layout.Root, DotnetFiles.EngineCli)} serve --journal-entries {JournalEntries} ({DotnetFiles.Configuration} build, a process of its own)",
        Remembers: true,
        AnswersExactErrors: true,
        async cancellationToken =>
        {
            var cli = DotnetFiles.EngineCli;
            if (!File.Exists(cli))
            {
                throw new BenchmarkException(
                    $"{cli} is missing: run the benchmark with dotnet run (which builds it), or dotnet build -c {DotnetFiles.Configuration} tools/Lancens.Contracts.Cli.");
            }

            var port = ServedProcess.FreePort();
            var apiBase = new Uri($"http://127.0.0.1:{port}{spec.BasePath}");
            string[] arguments = [cli, "serve", "--port", port, "--journal-entries", $"{JournalEntries}"];
            var probe = new Uri(apiBase.AbsoluteUri + probePath);
            var (process, ready) = await ServedProcess.StartAsync(EngineName, DotnetFiles.Host, arguments, layout.Root, probe, cancellationToken);

            // The ready line comes right after the server listens, so it is printed by the time the first answer is; a
            // moment's grace covers the output pipe.
            for (var attempt = 0; attempt < 100; attempt++)
            {
                if (ReadyLine.Find(process.Output) is { } line)
                {
                    return new RunningServer(apiBase, process.Id, ready, process, $"Ready in {line.Ready.TotalSeconds:0.00} s");
                }

                await Task.Delay(10, cancellationToken);
            }

            return new RunningServer(apiBase, process.Id, ready, process);
        });

    /// <summary>Stock WireMock on the generated mappings (mocks/), started by the launcher lancens serve --engine wiremock uses.</summary>
    public static ServerKind WireMock(RepositoryLayout layout, ApiSpecification spec)
    {
        // A mapping file holds one stub, or several under "mappings".
        var stubs = Directory.GetFiles(Path.Combine(layout.MocksDirectory, "mappings"), "*.json").Sum(file =>
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            return document.RootElement.TryGetProperty("mappings", out var mappings) ? mappings.GetArrayLength() : 1;
        });

        // It keeps one scenario state for all clients, not accounts; its stubs answer each natural error's own text.
        return new(
            WireMockName,
            $"stock WireMock on mocks/ ({stubs} generated stubs), the launcher's JVM flags, journal 1000; ready = process start to /__admin/health",
            Remembers: false,
            AnswersExactErrors: true,
            async cancellationToken =>
            {
                // Only the root is given, so the JVM and WireMock flags, bounded journal included, are those of lancens
                // serve; port 0 picks a free one.
                var server = await WireMockServer.StartAsync(new WireMockOptions { RootDirectory = layout.MocksDirectory }, cancellationToken);
                return new RunningServer(new Uri(server.BaseUrl, spec.BasePath), server.ProcessId, server.TimeToReady, server);
            });
    }

    /// <summary>Prism's mock server on the spec, started with node; it serves the spec's paths at its root, without the base path.</summary>
    /// <remarks>It validates requests against the schema but answers the first example of a status, whatever the error.</remarks>
    public static ServerKind Prism(RepositoryLayout layout, PrismInstall prism, string probePath) => new(
        "prism",
        $"Prism {prism.Version} (node) on {Path.GetRelativePath(layout.Root, layout.SpecFile)}, static examples, request logging off (--verboseLevel silent)",
        Remembers: false,
        AnswersExactErrors: false,
        async cancellationToken =>
        {
            var port = ServedProcess.FreePort();
            var apiBase = new Uri($"http://127.0.0.1:{port}/");

            // Logging off as on the other servers, none of which logs a request: at its default level Prism writes about
            // six lines per request.
            string[] arguments = [prism.EntryScript, "mock", "--host", "127.0.0.1", "--port", port, "--verboseLevel", "silent", layout.SpecFile];
            var probe = new Uri($"{apiBase.AbsoluteUri.TrimEnd('/')}{probePath}");
            var (process, ready) = await ServedProcess.StartAsync("prism", "node", arguments, prism.Directory, probe, cancellationToken);
            return new RunningServer(apiBase, process.Id, ready, process);
        });

    /// <summary>The loopback limit: this program started again as a bare ASP.NET Core endpoint that answers fixed JSON.</summary>
    /// <remarks>Its one decision: a body without the missing field's name gets that error's example.</remarks>
    public static ServerKind Bare(string answersFile, string basePath, string probePath, string workingDirectory) => new(
        BareName,
        "ASP.NET Core minimal endpoints answering fixed JSON: each operation's documented example (the loopback limit)",
        Remembers: false,
        AnswersExactErrors: true,
        async cancellationToken =>
        {
            var port = ServedProcess.FreePort();
            var apiBase = new Uri($"http://127.0.0.1:{port}{basePath}");
            string[] arguments = [DotnetFiles.Self, BareEndpoint.Mode, "--port", port, "--answers", answersFile];
            var probe = new Uri(apiBase.AbsoluteUri + probePath);
            var (process, ready) = await ServedProcess.StartAsync(BareName, DotnetFiles.Host, arguments, workingDirectory, probe, cancellationToken);
            return new RunningServer(apiBase, process.Id, ready, process);
        });

    public override string ToString() => Name;
}

/// <summary>The .NET files the benchmark starts: the dotnet host, the CLI that serves the engine, and this program itself.</summary>
internal static class DotnetFiles
{
    /// <summary>The dotnet host of the runtime this program runs on, so every .NET server runs on the very same runtime.</summary>
    public static string Host
    {
        get
        {
            // The runtime directory is <dotnet root>/shared/Microsoft.NETCore.App/<version>/.
            var root = Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..");
            var host = Path.GetFullPath(Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
            return File.Exists(host) ? host : "dotnet";
        }
    }

    /// <summary>This program's assembly, which <c>dotnet</c> starts again in the bare-endpoint mode.</summary>
    public static string Self => typeof(DotnetFiles).Assembly.Location;

    /// <summary>The build configuration folder this program runs from, e.g. <c>release</c>.</summary>
    public static string Configuration => Path.GetFileName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

    /// <summary>
    /// The CLI of the same configuration, e.g. <c>artifacts/bin/Lancens.Contracts.Cli/release/lancens.dll</c>; the project
    /// reference builds it before this program.
    /// </summary>
    public static string EngineCli => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "Lancens.Contracts.Cli", Configuration, "lancens.dll"));
}
