using System.ComponentModel;
using Lancens.Contracts.Processes;

namespace Lancens.Contracts.Benchmarks;

/// <summary>What the numbers were measured on, so two outputs can be compared.</summary>
internal sealed record Machine(int Cores, string Cpu, string Java)
{
    // A JVM start, which a loaded machine can make slow; a hung one is killed and reported as unknown.
    private static readonly TimeSpan VersionTimeout = TimeSpan.FromSeconds(30);

    public static Machine Describe(string java) => new(Environment.ProcessorCount, CpuModel(), java);

    /// <summary>The first line of java -version, run with the binary of the running server, not whatever is on PATH.</summary>
    public static async Task<string> JavaVersionAsync(int javaProcessId, CancellationToken cancellationToken)
    {
        var java = new FileInfo($"/proc/{javaProcessId}/exe").ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        if (java is null)
        {
            return "unknown (the server's executable is not readable)";
        }

        try
        {
            await using var version = ChildProcess.Start(java, ["-version"]);
            await version.WaitForExitAsync(VersionTimeout, cancellationToken).ConfigureAwait(false);

            // java -version prints on stderr.
            var first = version.Output.Split('\n').FirstOrDefault(line => line.Length > 0);
            return $"{first?.Trim() ?? "unknown"} ({java})";
        }
        catch (Win32Exception exception)
        {
            return $"unknown ({java}: {exception.Message})";
        }
    }

    private static string CpuModel()
    {
        const string Key = "model name";
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith(Key, StringComparison.Ordinal));
            var colon = line?.IndexOf(':', StringComparison.Ordinal) ?? -1;
            return colon < 0 ? "unknown CPU" : line![(colon + 1)..].Trim();
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }
}
