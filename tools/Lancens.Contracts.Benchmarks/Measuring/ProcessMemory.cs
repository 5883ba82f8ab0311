using System.Globalization;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>Resident memory as the kernel reports it (Linux only, like wrk), of a process and every process it started.</summary>
internal static class ProcessMemory
{
    public static long ResidentBytesOfTree(int processId)
    {
        var status = $"/proc/{processId}/status";
        string? line;
        try
        {
            line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new BenchmarkException($"Cannot read {status}: {exception.Message}");
        }

        // The line reads "VmRSS:    123456 kB", where the kernel's kB is 1024 bytes.
        if (line?.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries) is not [_, var kilobytes, "kB"]
            || !long.TryParse(kilobytes, CultureInfo.InvariantCulture, out var value))
        {
            throw new BenchmarkException($"{status} has no VmRSS line in kB: '{line}'.");
        }

        var tasks = $"/proc/{processId}/task";
        var children = !Directory.Exists(tasks) ? [] : Directory.EnumerateDirectories(tasks)
            .Select(task => Path.Combine(task, "children"))
            .Where(File.Exists)
            .SelectMany(file => File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(child => int.Parse(child, CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();
        return (value * 1024) + children.Sum(ResidentBytesOfTree);
    }
}
