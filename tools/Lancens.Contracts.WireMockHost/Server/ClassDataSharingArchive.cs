using System.Security.Cryptography;
using System.Text;

namespace Lancens.Contracts.WireMockHost;

/// <summary>
/// An AppCDS archive of WireMock's classes, which cuts JVM start-up by about 40%. The first launch records it at exit;
/// later launches map it.
/// </summary>
/// <remarks>
/// The JVM only accepts an archive made by the same JDK build for the same jar path, size and time stamp, so all of
/// those go into the file name; a rejected archive is only a JVM warning and the process runs without it.
/// </remarks>
internal sealed class ClassDataSharingArchive(string? archivePath, string? dumpPath)
{
    private static readonly TimeSpan StaleDumpAge = TimeSpan.FromHours(1);

    /// <summary>True when this launch records the archive, which makes its shutdown slower (about 2 s when idle).</summary>
    public bool IsRecording => dumpPath is not null;

    /// <summary>Null when the archive folder cannot be written: WireMock then starts without the archive.</summary>
    public string? JvmArgument => (archivePath, dumpPath) switch
    {
        (null, _) => null,
        (_, null) => $"-XX:SharedArchiveFile={archivePath}",
        _ => $"-XX:ArchiveClassesAtExit={dumpPath}",
    };

    /// <param name="time">Ages the recordings that killed launches left behind.</param>
    public static ClassDataSharingArchive Prepare(string directory, string javaPath, string jarPath, TimeProvider time)
    {
        var archivePath = Path.Combine(directory, $"wiremock-{Fingerprint(javaPath, jarPath)}.jsa");
        if (new FileInfo(archivePath) is { Exists: true, Length: > 0 })
        {
            return new ClassDataSharingArchive(archivePath, null);
        }

        try
        {
            Directory.CreateDirectory(directory);
            DeleteStaleDumps(directory, time.GetUtcNow());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A read-only checkout or cache only costs start-up time.
            return new ClassDataSharingArchive(null, null);
        }

        // A private temporary name: concurrent first launches each record their own and the first to finish wins.
        var dumpPath = Path.ChangeExtension(archivePath, $"{Guid.NewGuid():N}.tmp");
        return new ClassDataSharingArchive(archivePath, dumpPath);
    }

    /// <summary>Publishes a recorded archive after a clean exit; a killed JVM leaves nothing or a partial file.</summary>
    public void Complete(bool cleanExit)
    {
        if (archivePath is null || dumpPath is null)
        {
            return;
        }

        if (!cleanExit || new FileInfo(dumpPath) is not { Exists: true, Length: > 0 })
        {
            TryDelete(dumpPath);
            return;
        }

        try
        {
            // Never overwrites, so a JVM that is mapping the published archive keeps a stable file.
            File.Move(dumpPath, archivePath, overwrite: false);
        }
        catch (IOException)
        {
            // Another launcher published first; both recordings are equivalent.
            TryDelete(dumpPath);
        }
    }

    private static string Fingerprint(string javaPath, string jarPath)
    {
        var java = new FileInfo(javaPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(javaPath);
        var jar = new FileInfo(jarPath);
        var identity = string.Join('\n', java, jar.FullName, jar.Length, jar.LastWriteTimeUtc.Ticks);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)), 0, 6);
        return $"{JavaVersion(java)}-{hash}";
    }

    /// <summary>Reads the JDK's release file rather than running java -version, which would cost a JVM start.</summary>
    private static string JavaVersion(string java)
    {
        var release = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(java)) ?? "", "release");
        const string Key = "JAVA_RUNTIME_VERSION=";
        var line = File.Exists(release)
            ? File.ReadLines(release).FirstOrDefault(l => l.StartsWith(Key, StringComparison.Ordinal))
            : null;
        if (line is null)
        {
            return "java";
        }

        var version = line[Key.Length..].Trim('"');
        return string.Concat(version.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_'));
    }

    private static void DeleteStaleDumps(string directory, DateTimeOffset now)
    {
        // A host killed while its JVM was writing at exit leaves a temporary file nobody will publish.
        foreach (var file in Directory.EnumerateFiles(directory, "wiremock-*.tmp"))
        {
            if (now - File.GetLastWriteTimeUtc(file) > StaleDumpAge)
            {
                TryDelete(file);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left for the next launch's clean-up.
        }
    }
}
