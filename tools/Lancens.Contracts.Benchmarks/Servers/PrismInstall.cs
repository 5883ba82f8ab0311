using System.ComponentModel;
using System.Text.Json;
using Lancens.Contracts.Model;
using Lancens.Contracts.Processes;

namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>
/// Prism, pinned by tools/Lancens.Contracts.Benchmarks/prism/package-lock.json and installed there by <c>npm ci</c> when the
/// benchmark runs, not by the build: only the benchmark needs it. A tree installed from the current lock is kept.
/// </summary>
/// <param name="Directory">The folder with package.json, package-lock.json and node_modules.</param>
internal sealed record PrismInstall(string Directory, string Version)
{
    private const string Package = "@stoplight/prism-cli";
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The CLI's entry script, run with node directly so the measured process is Prism itself, not a shell wrapper.</summary>
    public string EntryScript => Path.Combine(Directory, "node_modules", Package, "dist", "index.js");

    public static async Task<PrismInstall> EnsureAsync(RepositoryLayout layout, TextWriter progress, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(layout.Root, "tools", "Lancens.Contracts.Benchmarks", "prism");
        var installed = new FileInfo(Path.Combine(directory, "node_modules", ".package-lock.json"));
        if (!installed.Exists || installed.LastWriteTimeUtc < File.GetLastWriteTimeUtc(Path.Combine(directory, "package-lock.json")))
        {
            progress.WriteLine($"[prism] npm ci in {directory} ...");
            ChildProcess npm;
            try
            {
                npm = ChildProcess.Start("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], directory);
            }
            catch (Win32Exception exception)
            {
                throw new BenchmarkException($"npm is needed to install Prism (Node.js 20 or later): {exception.Message}");
            }

            await using (npm)
            {
                if (!await npm.WaitForExitAsync(InstallTimeout, cancellationToken))
                {
                    throw new BenchmarkException($"npm ci in {directory} did not finish within {InstallTimeout.TotalMinutes:0} minutes.");
                }

                if (npm.ExitCode != 0)
                {
                    throw new BenchmarkException($"npm ci in {directory} exited with code {npm.ExitCode}:\n{npm.Tail(4000)}");
                }
            }
        }

        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "node_modules", Package, "package.json"), cancellationToken));
        return new PrismInstall(directory, manifest.RootElement.GetProperty("version").GetString() ?? "unknown");
    }
}
