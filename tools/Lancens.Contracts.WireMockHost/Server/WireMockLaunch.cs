using System.Net;
using System.Net.Security;
using System.Security.Cryptography;

namespace Lancens.Contracts.WireMockHost;

/// <summary>Everything a start attempt needs, resolved and checked once, so a retry on a taken port repeats none of it.</summary>
internal sealed record WireMockLaunch(
    WireMockOptions Options,
    string RootDirectory,
    string Java,
    string Jar,
    string ArchiveDirectory,
    RemoteCertificateValidationCallback? ServerCertificateCheck)
{
    public bool PicksPort => RequestedPort == 0;

    private int RequestedPort => Options.Https?.Port ?? Options.Port;

    public static async Task<WireMockLaunch> PrepareAsync(WireMockOptions options, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRequestJournalEntries);
        var root = Path.GetFullPath(options.RootDirectory);
        if (!Directory.Exists(root))
        {
            throw new WireMockException($"The WireMock root folder {root} does not exist.");
        }

        var serverCertificateCheck = options.Https is { } https ? PinKeystore(https) : null;
        var packages = Path.GetFullPath(options.PackageDirectory ?? root);
        var java = JavaExecutable.Find();
        var jar = await WireMockJar.EnsureAsync(packages, cancellationToken).ConfigureAwait(false);
        var archives = Path.GetFullPath(options.ArchiveDirectory ?? Path.Combine(packages, "node_modules", ".cache", "lancens"));
        return new WireMockLaunch(options, root, java, jar, archives, serverCertificateCheck);
    }

    public int PickPort() => PicksPort ? FreePort.Pick(ListenAddress()) : RequestedPort;

    public Uri BaseUrl(int port) => new UriBuilder(Options.Https is null ? "http" : "https", ConnectHost(), port).Uri;

    private IPAddress ListenAddress() =>
        IPAddress.TryParse(Options.BindAddress, out var address) ? address : IPAddress.Loopback;

    // A wildcard bind address is reached through loopback.
    private string ConnectHost()
    {
        var address = ListenAddress();
        if (address.Equals(IPAddress.Any))
        {
            return IPAddress.Loopback.ToString();
        }

        return address.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback.ToString() : Options.BindAddress;
    }

    private static RemoteCertificateValidationCallback PinKeystore(HttpsEndpoint https)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(https.Port);
        try
        {
            return KeystoreCertificatePin.Create(https.KeystorePath, https.KeystorePassword);
        }
        catch (Exception exception) when (exception is CryptographicException or IOException)
        {
            throw new WireMockException($"Cannot read the HTTPS keystore {https.KeystorePath}: {exception.Message}", exception);
        }
    }
}
