using System.ComponentModel;
using System.Runtime.InteropServices;
using Lancens.Contracts.Processes;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>What the numbers were measured on, in one line, so two outputs can be compared.</summary>
internal static class Machine
{
    // A JVM or node start, which a loaded machine can make slow; a hung one is killed and reported as unknown.
    private static readonly TimeSpan VersionTimeout = TimeSpan.FromSeconds(30);

    /// <param name="javaProcessId">The running WireMock, so the Java reported is the one measured, not whatever is on PATH.</param>
    public static async Task<string> DescribeAsync(int javaProcessId, CancellationToken cancellationToken)
    {
        var java = new FileInfo($"/proc/{javaProcessId}/exe").ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        var javaVersion = java is null ? "unknown (the server's executable is not readable)" : await FirstLineAsync(java, ["-version"], cancellationToken);

        // The machine is shared at times: the load average as the runs end says how much else ran beside them.
        var load = string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        return $"{Environment.ProcessorCount} cores, {cpu ?? "unknown CPU"}; {RuntimeInformation.FrameworkDescription}; {javaVersion}; " +
            $"Node {await FirstLineAsync("node", ["--version"], cancellationToken)}; load average {load} (1, 5, 15 min) as the runs ended";
    }

    // java -version prints on stderr, node --version on stdout: Output has both.
    private static async Task<string> FirstLineAsync(string executable, string[] arguments, CancellationToken cancellationToken)
    {
        try
        {
            await using var process = ChildProcess.Start(executable, arguments);
            await process.WaitForExitAsync(VersionTimeout, cancellationToken);
            return process.Output.Split('\n').FirstOrDefault(line => line.Length > 0)?.Trim() ?? $"unknown ({executable})";
        }
        catch (Win32Exception exception)
        {
            return $"unknown ({executable}: {exception.Message})";
        }
    }
}
