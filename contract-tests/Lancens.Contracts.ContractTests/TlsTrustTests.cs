using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Lancens.Contracts.ContractTests.Targets;
using Lancens.Contracts.MockServer.Tls;

namespace Lancens.Contracts.ContractTests;

/// <summary>LANCENS_CA_CERT adds a root; it never switches verification off. The CI live step proves it over a real TLS connection.</summary>
public sealed class TlsTrustTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lancens-tls-").FullName;

    [Fact]
    public void IsTrusted_ChainTheSystemTrusts_IsTrustedWithoutAnExtraCa()
    {
        var (server, _) = ServerAndCa("a");

        TlsTrust.IsTrusted([], server, null, SslPolicyErrors.None).ShouldBeTrue();
    }

    [Fact]
    public void IsTrusted_PrivateCa_IsTrustedOnlyWhenLancensCaCertNamesIt()
    {
        var (server, ca) = ServerAndCa("a");
        var (_, otherCa) = ServerAndCa("b");

        TlsTrust.IsTrusted([], server, null, SslPolicyErrors.RemoteCertificateChainErrors).ShouldBeFalse();
        TlsTrust.IsTrusted(otherCa, server, null, SslPolicyErrors.RemoteCertificateChainErrors).ShouldBeFalse();
        TlsTrust.IsTrusted(ca, server, null, SslPolicyErrors.RemoteCertificateChainErrors).ShouldBeTrue();
    }

    [Fact]
    public void IsTrusted_WrongHostName_IsRejectedEvenWithTheRightCa()
    {
        var (server, ca) = ServerAndCa("a");

        TlsTrust.IsTrusted(ca, server, null, SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateChainErrors).ShouldBeFalse();
        TlsTrust.IsTrusted(ca, null, null, SslPolicyErrors.RemoteCertificateNotAvailable).ShouldBeFalse();
    }

    private (X509Certificate2 Server, X509Certificate2Collection Ca) ServerAndCa(string name)
    {
        var tls = ThrowawayCertificateAuthority.Create(Directory.CreateDirectory(Path.Combine(_directory, name)).FullName);
        var keystore = X509CertificateLoader.LoadPkcs12CollectionFromFile(tls.KeystorePath, tls.KeystorePassword);
        var ca = new X509Certificate2Collection();
        ca.ImportFromPemFile(tls.CaCertificatePemPath);
        return (keystore.Single(certificate => certificate.HasPrivateKey), ca);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
