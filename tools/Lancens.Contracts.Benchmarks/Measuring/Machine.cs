using System.ComponentModel;
using System.Runtime.InteropServices;
using Lancens.Contracts.Processes;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>What the numbers were measured on, so two outputs can be compared.</summary>
internal sealed record Machine(int Cores, string Cpu, string Dotnet, string Java, string Node)
{
    // A JVM or node start, which a loaded machine can make slow; a hung one is killed and reported as unknown.
    private static readonly TimeSpan VersionTimeout = TimeSpan.FromSeconds(30);

    /// <param name="javaProcessId">The running WireMock, so the Java reported is the one measured, not whatever is on PATH.</param>
    public static async Task<Machine> DescribeAsync(int javaProcessId, CancellationToken cancellationToken)
    {
        var java = new FileInfo($"/proc/{javaProcessId}/exe").ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        return new(
            Environment.ProcessorCount,
            cpu ?? "unknown CPU",
            RuntimeInformation.FrameworkDescription,
            java is null ? "unknown (the server's executable is not readable)" : await FirstLineAsync(java, ["-version"], cancellationToken),
            await FirstLineAsync("node", ["--version"], cancellationToken));
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
