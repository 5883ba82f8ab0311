using System.ComponentModel;
using System.Diagnostics;

namespace Lancens.Contracts.Benchmarks;

/// <summary>What the numbers were measured on, so two outputs can be compared.</summary>
internal sealed record Machine(int Cores, string Cpu, string Java)
{
    public static Machine Describe(string java) => new(Environment.ProcessorCount, CpuModel(), java);

    /// <summary>The first line of java -version, run with the binary of the running server, not whatever is on PATH.</summary>
    public static async Task<string> JavaVersionAsync(int javaProcessId, CancellationToken cancellationToken)
    {
        var java = new FileInfo($"/proc/{javaProcessId}/exe").ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        if (java is null)
        {
            return "unknown (the server's executable is not readable)";
        }

        var startInfo = new ProcessStartInfo(java, "-version")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(startInfo) ?? throw new BenchmarkException($"Could not start {java} -version.");
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);

            // java -version prints on stderr.
            var first = (stderr + await stdout.ConfigureAwait(false)).Split('\n').FirstOrDefault(line => line.Length > 0);
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
