using System.Globalization;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>Resident memory as the kernel reports it (Linux only, like wrk), of a process and every process it started.</summary>
internal static class ProcessMemory
{
    private const string Key = "VmRSS:";

    public static long ResidentBytesOfTree(int processId) =>
        ResidentBytes(processId) + Children(processId).Sum(ResidentBytesOfTree);

    private static long ResidentBytes(int processId)
    {
        var status = $"/proc/{processId}/status";
        string[] lines;
        try
        {
            lines = File.ReadAllLines(status);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new BenchmarkException($"Cannot read {status}: {exception.Message}");
        }

        // The line reads "VmRSS:    123456 kB", where the kernel's kB is 1024 bytes.
        var line = lines.FirstOrDefault(l => l.StartsWith(Key, StringComparison.Ordinal));
        var fields = line?[Key.Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (fields is not [var kilobytes, "kB"] || !long.TryParse(kilobytes, CultureInfo.InvariantCulture, out var value))
        {
            throw new BenchmarkException($"{status} has no VmRSS line in kB: '{line}'.");
        }

        return value * 1024;
    }

    private static IEnumerable<int> Children(int processId)
    {
        var tasks = $"/proc/{processId}/task";
        if (!Directory.Exists(tasks))
        {
            return [];
        }

        return Directory.EnumerateDirectories(tasks)
            .Select(task => Path.Combine(task, "children"))
            .Where(File.Exists)
            .SelectMany(children => File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(child => int.Parse(child, CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();
    }
}
