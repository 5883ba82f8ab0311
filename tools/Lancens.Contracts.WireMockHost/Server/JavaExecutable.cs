namespace Lancens.Contracts.WireMockHost;

/// <summary>Finds the java launcher: JAVA_HOME first, so a machine with several JDKs uses the chosen one, then PATH.</summary>
internal static class JavaExecutable
{
    private static readonly string FileName = OperatingSystem.IsWindows() ? "java.exe" : "java";

    public static string Find()
    {
        var javaHome = Environment.GetEnvironmentVariable("JAVA_HOME");
        if (!string.IsNullOrWhiteSpace(javaHome))
        {
            var candidate = Path.Combine(javaHome, "bin", FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new WireMockException(
            $"No Java found: JAVA_HOME/bin/{FileName} does not exist and {FileName} is not on PATH. " +
            "WireMock 3.13.2 needs Java 11 or later; install a JDK or set JAVA_HOME.");
    }
}
