namespace Lancens.Contracts.WireMockHost;

/// <summary>How to launch one stock WireMock 3.13.2 process; see <see cref="WireMockServer.StartAsync"/>.</summary>
public sealed record WireMockOptions
{
    /// <summary>A WireMock root folder (holds mappings/); normally the repository's mocks/.</summary>
    public required string RootDirectory { get; init; }

    public string BindAddress { get; init; } = "127.0.0.1";

    /// <summary>The HTTP port; 0 picks a free one. Ignored when <see cref="Https"/> is set.</summary>
    public int Port { get; init; }

    /// <summary>When set, WireMock serves HTTPS only, with this keystore.</summary>
    public HttpsEndpoint? Https { get; init; }

    /// <summary>The journal stays on for QA but bounded: unbounded it reaches 1.6-1.9 GB RSS after ~100k requests.</summary>
    public int MaxRequestJournalEntries { get; init; } = 1000;

    /// <summary>From process start until /__admin/health answers.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Where package.json and node_modules/wiremock live; the root folder when null.</summary>
    /// <remarks>Lets tests serve a temporary root with the repository's jar, so they share its class-data archive.</remarks>
    internal string? PackageDirectory { get; init; }

    /// <summary>Where the class-data sharing archive goes; node_modules/.cache/lancens of the package folder when null.</summary>
    internal string? ArchiveDirectory { get; init; }
}
