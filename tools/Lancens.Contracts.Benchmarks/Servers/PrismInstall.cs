using System.ComponentModel;
using System.Text.Json;
using Lancens.Contracts.Model;
using Lancens.Contracts.Processes;

namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>
/// Prism, pinned by tools/Lancens.Contracts.Benchmarks/prism/package-lock.json and installed there by <c>npm ci</c> when the
/// benchmark runs, not by the build: only the benchmark needs it. A tree installed from the current lock is kept.
/// </summary>
internal sealed class PrismInstall
{
    private const string Package = "@stoplight/prism-cli";
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    private PrismInstall(string directory, string version)
    {
        Directory = directory;
        Version = version;
    }

    /// <summary>The folder with package.json, package-lock.json and node_modules.</summary>
    public string Directory { get; }

    public string Version { get; }

    /// <summary>The CLI's entry script, run with node directly so the measured process is Prism itself, not a shell wrapper.</summary>
    public string EntryScript => Path.Combine(Directory, "node_modules", Package, "dist", "index.js");

    public static async Task<PrismInstall> EnsureAsync(RepositoryLayout layout, TextWriter progress, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(layout.Root, "tools", "Lancens.Contracts.Benchmarks", "prism");
        var lockFile = new FileInfo(Path.Combine(directory, "package-lock.json"));
        var installed = new FileInfo(Path.Combine(directory, "node_modules", ".package-lock.json"));
        if (!installed.Exists || installed.LastWriteTimeUtc < lockFile.LastWriteTimeUtc)
        {
            progress.WriteLine($"[prism] npm ci in {directory} ...");
            await NpmCiAsync(directory, cancellationToken);
        }

        var manifest = Path.Combine(directory, "node_modules", Package, "package.json");
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(manifest, cancellationToken));
        return new PrismInstall(directory, document.RootElement.GetProperty("version").GetString() ?? "unknown");
    }

    private static async Task NpmCiAsync(string directory, CancellationToken cancellationToken)
    {
        try
        {
            await using var npm = ChildProcess.Start("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], directory);
            if (!await npm.WaitForExitAsync(InstallTimeout, cancellationToken))
            {
                throw new BenchmarkException($"npm ci in {directory} did not finish within {InstallTimeout.TotalMinutes:0} minutes.");
            }

            if (npm.ExitCode != 0)
            {
                throw new BenchmarkException($"npm ci in {directory} exited with code {npm.ExitCode}:\n{npm.Tail(4000)}");
            }
        }
        catch (Win32Exception exception)
        {
            throw new BenchmarkException($"npm is needed to install Prism (Node.js 20 or later): {exception.Message}");
        }
    }
}
