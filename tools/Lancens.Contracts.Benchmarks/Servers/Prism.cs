using System.Text.Json;
using Lancens.Contracts.Processes;

namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>
/// Prism's mock server on the spec, started with node; it serves the spec's paths at its root, without the base path.
/// Pinned by tools/Lancens.Contracts.Benchmarks/prism/package-lock.json and installed there by <c>npm ci</c> when the
/// benchmark runs, not by the build: only the benchmark needs it. A tree installed from the current lock is kept.
/// </summary>
/// <remarks>It validates requests against the schema but answers the first example of a status, whatever the error.</remarks>
internal static class Prism
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    public static async Task<ServerKind> InstallAsync(RepositoryLayout layout, SentRequest probe, TextWriter progress, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(layout.Root, "tools", "Lancens.Contracts.Benchmarks", "prism");
        var installed = new FileInfo(Path.Combine(directory, "node_modules", ".package-lock.json"));
        if (!installed.Exists || installed.LastWriteTimeUtc < File.GetLastWriteTimeUtc(Path.Combine(directory, "package-lock.json")))
        {
            progress.WriteLine($"[prism] npm ci in {directory} ...");
            await using var npm = ChildProcess.Start("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], directory);
            if (!await npm.WaitForExitAsync(InstallTimeout, cancellationToken) || npm.ExitCode != 0)
            {
                throw new BenchmarkException($"npm ci in {directory} failed or took over {InstallTimeout.TotalMinutes:0} minutes (Prism needs Node.js 20 or later):\n{npm.Tail(4000)}");
            }
        }

        var cli = Path.Combine(directory, "node_modules", "@stoplight", "prism-cli");
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(cli, "package.json"), cancellationToken));

        // The CLI's entry script is run with node directly, so the measured process is Prism itself, not a shell wrapper.
        // Logging is off as on the other servers, none of which logs a request: at its default level Prism writes about
        // six lines per request.
        string[] Arguments(string port) =>
            [Path.Combine(cli, "dist", "index.js"), "mock", "--host", "127.0.0.1", "--port", port, "--verboseLevel", "silent", layout.SpecFile];
        return new ServerKind(
            "prism",
            $"Prism {manifest.RootElement.GetProperty("version").GetString()} (node) on {Path.GetRelativePath(layout.Root, layout.SpecFile)}, " +
            "static examples, request logging off (--verboseLevel silent)",
            Remembers: false,
            AnswersExactErrors: false,
            cancellation => ServedProcess.StartAsync("prism", "node", Arguments, directory, basePath: string.Empty, probe, cancellation));
    }
}
