using System.Text;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.WireMockHost;

/// <summary>How to launch one stock WireMock process, and how long each step may take; see <see cref="WireMockServer.StartAsync"/>.</summary>
public sealed record WireMockOptions
{
    /// <summary>A WireMock root folder (holds mappings/); normally the repository's mocks/.</summary>
    public required string RootDirectory { get; init; }

    public string BindAddress { get; init; } = MockDefaults.BindAddress;

    /// <summary>The HTTP port; 0 (the default, unlike serve's) picks a free one. Ignored when <see cref="Https"/> is set.</summary>
    public int Port { get; init; }

    /// <summary>When set, WireMock serves HTTPS only, with this keystore.</summary>
    public HttpsEndpoint? Https { get; init; }

    public int MaxRequestJournalEntries { get; init; } = MockDefaults.JournalEntries;

    /// <summary>From process start until /__admin/health answers.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>From the shutdown request until the process has exited; then its process tree is killed.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The stop timeout of the launch that records the class-data archive, which the JVM writes as it exits: about 2 s
    /// on an idle machine, many times that on a busy one, and a kill loses it.
    /// </summary>
    public TimeSpan RecordingStopTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Where package-lock.json and node_modules/wiremock live; the root folder when null.</summary>
    /// <remarks>Lets tests serve a temporary root with the repository's jar, so they share its class-data archive.</remarks>
    internal string? PackageDirectory { get; init; }

    /// <summary>Where the class-data sharing archive goes; node_modules/.cache/lancens of the package folder when null.</summary>
    internal string? ArchiveDirectory { get; init; }
}

/// <summary>A PKCS12 keystore holding the server key and certificate; 0 picks a free port.</summary>
public sealed record HttpsEndpoint(string KeystorePath, string KeystorePassword, int Port = 0)
{
    // Records print every property; the password must never reach a log or an exception message.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"KeystorePath = {KeystorePath}, KeystorePassword = ***, Port = {Port}");
        return true;
    }
}
