using System.Runtime.InteropServices;
using System.Text.Json;
using Lancens.Contracts.Benchmarks.Bare;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.WireMockHost;

namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>One kind of server under test, and how it starts, each time as a new process.</summary>
/// <param name="Name">Short, for tables: engine, engine+armed, wiremock, wiremock-net, prism, bare.</param>
/// <param name="Description">What runs and how, for the report's header.</param>
/// <param name="Remembers">It keeps accounts, tokens and registrations: a query answers what this account registered.</param>
/// <param name="AnswersExactErrors">It tells documented errors apart: a request answers its own error's example, not another of the same status.</param>
internal sealed record ServerKind(string Name, string Description, bool Remembers, bool AnswersExactErrors, Func<CancellationToken, Task<RunningServer>> StartAsync)
{
    public const string EngineName = "engine", WireMockName = "wiremock", BareName = "bare";

    // lancens serve's default, passed explicitly: the RSS target holds with the journal bounded.
    public const int JournalEntries = MockDefaults.JournalEntries;

    /// <summary>Armed with the most answers the engine keeps before its runs (<see cref="ArmedQuery"/>), and measured on the query alone.</summary>
    public bool ArmsQuery { get; init; }

    /// <summary>Every server, in the order of the tables; Prism is installed first if need be.</summary>
    public static async Task<IReadOnlyList<ServerKind>> AllAsync(
        RepositoryLayout layout, ApiSpecification spec, SentRequest probe, string bareAnswers, TextWriter progress, CancellationToken cancellationToken) =>
    [
        Engine(layout, spec, probe),
        Serve(
            "engine+armed", "mock", $": the engine, then the most answers it keeps (maxArmed of {AdminRoutes.Catalog.Path}) armed on the query, each for another account; the query alone",
            remembers: true, layout, spec, probe) with { ArmsQuery = true },
        WireMock(layout, spec),
        // It answers from the same stub rules as stock WireMock's mappings, and keeps no more.
        Serve("wiremock-net", "wiremock-net", ": WireMock.Net in that process, serving the Lancens.Contracts.WireMockNet stubs (no Java)", remembers: false, layout, spec, probe),
        await Prism.InstallAsync(layout, probe, progress, cancellationToken),
        Bare(bareAnswers, spec.BasePath, probe, layout.Root),
    ];

    /// <summary>The engine as <c>lancens serve</c> runs it.</summary>
    public static ServerKind Engine(RepositoryLayout layout, ApiSpecification spec, SentRequest probe) =>
        Serve(EngineName, "mock", string.Empty, remembers: true, layout, spec, probe);

    public override string ToString() => Name;

    /// <summary><c>dotnet lancens.dll serve</c>, a process of its own, journal bounded.</summary>
    private static ServerKind Serve(string name, string engine, string what, bool remembers, RepositoryLayout layout, ApiSpecification spec, SentRequest probe) => new(
        name,
        $"dotnet {Path.GetRelativePath(layout.Root, DotnetFiles.EngineCli)} serve --engine {engine} --journal-entries {JournalEntries} ({DotnetFiles.Configuration} build, a process of its own){what}",
        remembers,
        AnswersExactErrors: true,
        cancellationToken => File.Exists(DotnetFiles.EngineCli)
            ? ServedProcess.StartAsync(
                name, DotnetFiles.Host, port => [DotnetFiles.EngineCli, "serve", "--engine", engine, "--port", port, "--journal-entries", $"{JournalEntries}"], layout.Root, spec.BasePath, probe, cancellationToken)
            : throw new BenchmarkException(
                $"{DotnetFiles.EngineCli} is missing: run the benchmark with dotnet run (which builds it), or dotnet build -c {DotnetFiles.Configuration} tools/Lancens.Contracts.Cli."));

    /// <summary>Stock WireMock on the generated mappings (mocks/), started by the launcher lancens serve --engine wiremock uses.</summary>
    private static ServerKind WireMock(RepositoryLayout layout, ApiSpecification spec)
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

    /// <summary>The loopback limit: this program started again as a bare ASP.NET Core endpoint that answers fixed JSON.</summary>
    /// <remarks>Its one decision: a body without the missing field's name gets that error's example.</remarks>
    private static ServerKind Bare(string answersFile, string basePath, SentRequest probe, string workingDirectory) => new(
        BareName,
        "ASP.NET Core minimal endpoints answering fixed JSON: each operation's documented example (the loopback limit)",
        Remembers: false,
        AnswersExactErrors: true,
        cancellationToken => ServedProcess.StartAsync(
            BareName, DotnetFiles.Host, port => [DotnetFiles.Self, BareEndpoint.Mode, "--port", port, "--answers", answersFile],
            workingDirectory, basePath, probe, cancellationToken));
}

/// <summary>The .NET files the benchmark starts: the dotnet host, the CLI that serves the engine, and this program itself.</summary>
internal static class DotnetFiles
{
    /// <summary>The dotnet host of the runtime this program runs on, so every .NET server runs on the very same runtime.</summary>
    public static string Host => File.Exists(HostOfRuntime) ? HostOfRuntime : "dotnet";

    // The runtime directory is <dotnet root>/shared/Microsoft.NETCore.App/<version>/.
    private static string HostOfRuntime => Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));

    /// <summary>This program's assembly, which <c>dotnet</c> starts again in the bare-endpoint mode.</summary>
    public static string Self => typeof(DotnetFiles).Assembly.Location;

    /// <summary>The build configuration folder this program runs from, e.g. <c>release</c>.</summary>
    public static string Configuration => Path.GetFileName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

    /// <summary>The CLI of the same configuration, which the project reference builds first: <c>artifacts/bin/Lancens.Contracts.Cli/release/lancens.dll</c>.</summary>
    public static string EngineCli => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "Lancens.Contracts.Cli", Configuration, "lancens.dll"));
}
