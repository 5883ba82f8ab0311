using System.Security.Cryptography.X509Certificates;
using Lancens.Contracts.Tls;

namespace Lancens.Contracts.MockServer.Tests.Tls;

public sealed class ThrowawayCertificateAuthorityTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lancens-tls-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Create_EmptyDirectory_WritesAKeystoreWithOnlyTheServerKey()
    {
        var tls = ThrowawayCertificateAuthority.Create(_directory);

        var certificates = X509CertificateLoader.LoadPkcs12CollectionFromFile(tls.KeystorePath, tls.KeystorePassword);
        var leaf = certificates.Where(c => c.HasPrivateKey).ShouldHaveSingleItem();
        leaf.Subject.ShouldBe("CN=localhost");
        using var ca = X509CertificateLoader.LoadCertificateFromFile(tls.CaCertificatePemPath);
        leaf.Issuer.ShouldBe(ca.Subject);
        certificates.Count.ShouldBe(2);
    }

    [Fact]
    public void Create_ServerCertificate_ChainsToItsOwnCaOnly()
    {
        var tls = ThrowawayCertificateAuthority.Create(_directory);
        var other = ThrowawayCertificateAuthority.Create(Path.Combine(_directory, "other"));
        using var leaf = X509CertificateLoader.LoadPkcs12CollectionFromFile(tls.KeystorePath, tls.KeystorePassword)
            .Single(c => c.HasPrivateKey);

        ChainsTo(leaf, tls.CaCertificatePemPath).ShouldBeTrue();
        ChainsTo(leaf, other.CaCertificatePemPath).ShouldBeFalse();
    }

    private static bool ChainsTo(X509Certificate2 leaf, string caPemPath)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.CustomTrustStore.ImportFromPemFile(caPemPath);
        return chain.Build(leaf);
    }

    [Fact]
    public void ToString_Created_RedactsThePassword()
    {
        var tls = ThrowawayCertificateAuthority.Create(_directory);

        tls.ToString().ShouldNotContain(tls.KeystorePassword);
    }
}
