using System.ComponentModel;
using System.Runtime.InteropServices;
using Lancens.Contracts.Processes;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>What the numbers were measured on, so two outputs can be compared.</summary>
internal sealed record Machine(int Cores, string Cpu, string Dotnet, string Java, string Node)
{
    // A JVM or node start, which a loaded machine can make slow; a hung one is killed and reported as unknown.
    private static readonly TimeSpan VersionTimeout = TimeSpan.FromSeconds(30);

    public static async Task<Machine> DescribeAsync(int javaProcessId, CancellationToken cancellationToken) =>
        new(
            Environment.ProcessorCount,
            CpuModel(),
            RuntimeInformation.FrameworkDescription,
            await JavaVersionAsync(javaProcessId, cancellationToken),
            await FirstLineAsync("node", ["--version"], cancellationToken));

    /// <summary>The first line of java -version, run with the binary of the running server, not whatever is on PATH.</summary>
    private static async Task<string> JavaVersionAsync(int javaProcessId, CancellationToken cancellationToken)
    {
        var java = new FileInfo($"/proc/{javaProcessId}/exe").ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        return java is null ? "unknown (the server's executable is not readable)" : await FirstLineAsync(java, ["-version"], cancellationToken);
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
