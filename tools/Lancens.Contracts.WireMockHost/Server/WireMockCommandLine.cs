using System.Globalization;
using System.Reflection;

namespace Lancens.Contracts.WireMockHost;

/// <summary>The java command that runs stock WireMock: no extensions and no flags beyond these, so mappings stay portable.</summary>
internal sealed class WireMockCommandLine
{
    private const string Redacted = "***";

    // Measured on 2 cores (wrk, 32 connections, trivial stub): C1 only plus the serial collector start ~0.2 s faster,
    // serve 2-3x the requests per second of the default C2 + G1 and use half the RSS. IgnoreUnrecognizedVMOptions
    // keeps a JDK without dynamic class-data archives (11) running instead of refusing the archive flag.
    private static readonly string[] JvmFlags =
        ["-XX:+IgnoreUnrecognizedVMOptions", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"];

    private static readonly string JavaFileName = OperatingSystem.IsWindows() ? "java.exe" : "java";

    // Written once, in the project file whose build installs the jar.
    private static readonly string JarInPackage = typeof(WireMockCommandLine).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "WireMockJarInPackage").Value!;

    private readonly string? _secret;

    private WireMockCommandLine(string java, IReadOnlyList<string> arguments, string? secret)
    {
        Java = java;
        Arguments = arguments;
        _secret = secret;
    }

    public string Java { get; }

    public IReadOnlyList<string> Arguments { get; }

    /// <summary>Where the build installs the jar under a package folder (one holding package-lock.json).</summary>
    public static string JarPath(string packageDirectory) => Path.Combine(packageDirectory, JarInPackage);

    /// <exception cref="WireMockException">The jar is missing.</exception>
    public static string InstalledJar(string packageDirectory)
    {
        var jar = JarPath(packageDirectory);
        return File.Exists(jar)
            ? jar
            : throw new WireMockException($"WireMock is not installed at {jar}: install it with `npm ci --prefix mocks` (Node.js 20 and npm; it runs on Java 17 or later), or build the solution, which does.");
    }

    /// <summary>JAVA_HOME first, so a machine with several JDKs uses the chosen one, then PATH.</summary>
    /// <exception cref="WireMockException">No java was found.</exception>
    public static string FindJava()
    {
        var javaHome = Environment.GetEnvironmentVariable("JAVA_HOME");
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var directories = string.IsNullOrWhiteSpace(javaHome) ? [] : new[] { Path.Combine(javaHome, "bin") };
        return directories.Concat(path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            .Select(directory => Path.Combine(directory, JavaFileName))
            .FirstOrDefault(File.Exists)
            ?? throw new WireMockException(
                $"No Java found: JAVA_HOME/bin/{JavaFileName} does not exist and {JavaFileName} is not on PATH. " +
                "WireMock needs Java 11 or later; install a JDK or set JAVA_HOME.");
    }

    public static WireMockCommandLine Create(
        string java, string jar, string rootDirectory, string? classDataArgument, WireMockOptions options, int port)
    {
        List<string> arguments =
        [
            .. JvmFlags,
            .. classDataArgument is null ? Array.Empty<string>() : [classDataArgument],
            "-jar", jar,
            "--root-dir", rootDirectory,
            "--bind-address", options.BindAddress,
            "--max-request-journal-entries", options.MaxRequestJournalEntries.ToString(CultureInfo.InvariantCulture),
            "--disable-banner",
        ];
        var portText = port.ToString(CultureInfo.InvariantCulture);
        if (options.Https is not { } https)
        {
            arguments.AddRange(["--port", portText]);
            return new WireMockCommandLine(java, arguments, null);
        }

        // --port together with --disable-http is a start-up error; without --key-manager-password the key is unreadable.
        arguments.AddRange(
        [
            "--disable-http",
            "--https-port", portText,
            "--https-keystore", https.KeystorePath,
            "--keystore-type", "PKCS12",
            "--keystore-password", https.KeystorePassword,
            "--key-manager-password", https.KeystorePassword,
        ]);
        return new WireMockCommandLine(java, arguments, https.KeystorePassword);
    }

    /// <summary>The command as it may appear in logs and messages: the keystore password is redacted.</summary>
    public override string ToString() =>
        string.Join(' ', Arguments.Prepend(Java).Select(a => _secret is not null && a == _secret ? Redacted : Quote(a)));

    private static string Quote(string argument) => argument.Contains(' ', StringComparison.Ordinal) ? $"\"{argument}\"" : argument;
}
