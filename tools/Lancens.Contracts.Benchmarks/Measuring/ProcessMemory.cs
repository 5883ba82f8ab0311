using System.Diagnostics;
using System.Globalization;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>Resident memory as the kernel reports it (Linux only, like wrk), of a process and every process it started.</summary>
internal static class ProcessMemory
{
    public static double ResidentMegabytesOfTree(int processId) => ResidentBytesOfTree(processId) / (1024.0 * 1024.0);

    private static long ResidentBytesOfTree(int processId)
    {
        try
        {
            // On Linux the working set is the kernel's resident set size (VmRSS).
            using var process = Process.GetProcessById(processId);
            var children = Directory.EnumerateDirectories($"/proc/{processId}/task")
                .Select(task => Path.Combine(task, "children"))
                .Where(File.Exists)
                .SelectMany(file => File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(child => int.Parse(child, CultureInfo.InvariantCulture))
                .Distinct()
                .ToList();
            return process.WorkingSet64 + children.Sum(ResidentBytesOfTree);
        }
        catch (Exception exception) when (exception is ArgumentException or IOException or UnauthorizedAccessException)
        {
            throw new BenchmarkException($"Cannot read the memory of process {processId}: {exception.Message}");
        }
    }
}
