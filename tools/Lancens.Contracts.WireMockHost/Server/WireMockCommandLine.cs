using System.Diagnostics;
using System.Globalization;

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

    private readonly string? secret;

    private WireMockCommandLine(string executable, IReadOnlyList<string> arguments, string? secret)
    {
        Executable = executable;
        Arguments = arguments;
        this.secret = secret;
    }

    public string Executable { get; }

    public IReadOnlyList<string> Arguments { get; }

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

    public ProcessStartInfo ToStartInfo(string workingDirectory)
    {
        var startInfo = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }

    /// <summary>The command as it may appear in logs and messages: the keystore password is redacted.</summary>
    public override string ToString() =>
        string.Join(' ', Arguments.Prepend(Executable).Select(a => secret is not null && a == secret ? Redacted : Quote(a)));

    private static string Quote(string argument) => argument.Contains(' ', StringComparison.Ordinal) ? $"\"{argument}\"" : argument;
}
