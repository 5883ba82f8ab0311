using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Lancens.Contracts.Mock.Tls;

namespace Lancens.Contracts.Mock.Tests.Tls;

public sealed class ThrowawayCertificateAuthorityTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("lancens-tls-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Create_EmptyDirectory_WritesAKeystoreWithOnlyTheServerKey()
    {
        var tls = ThrowawayCertificateAuthority.Create(directory);

        var certificates = X509CertificateLoader.LoadPkcs12CollectionFromFile(tls.KeystorePath, tls.KeystorePassword);
        var leaf = certificates.Where(c => c.HasPrivateKey).ShouldHaveSingleItem();
        leaf.Subject.ShouldBe("CN=localhost");
        using var ca = X509CertificateLoader.LoadCertificateFromFile(tls.CaCertificatePemPath);
        leaf.Issuer.ShouldBe(ca.Subject);
        certificates.Count.ShouldBe(2);
    }

    [Fact]
    public void IsTrusted_ServerCertificate_TrustedThroughItsCaOnly()
    {
        var tls = ThrowawayCertificateAuthority.Create(directory);
        var other = ThrowawayCertificateAuthority.Create(Path.Combine(directory, "other"));
        var leaf = X509CertificateLoader.LoadPkcs12CollectionFromFile(tls.KeystorePath, tls.KeystorePassword)
            .Single(c => c.HasPrivateKey);
        var ca = new X509Certificate2Collection();
        ca.ImportFromPemFile(tls.CaCertificatePemPath);
        var otherCa = new X509Certificate2Collection();
        otherCa.ImportFromPemFile(other.CaCertificatePemPath);

        CustomRootTrust.IsTrusted(leaf, null, SslPolicyErrors.RemoteCertificateChainErrors, ca).ShouldBeTrue();
        CustomRootTrust.IsTrusted(leaf, null, SslPolicyErrors.RemoteCertificateChainErrors, otherCa).ShouldBeFalse();
        CustomRootTrust.IsTrusted(leaf, null, SslPolicyErrors.RemoteCertificateNameMismatch, ca).ShouldBeFalse();
    }

    [Fact]
    public void ToString_Created_RedactsThePassword()
    {
        var tls = ThrowawayCertificateAuthority.Create(directory);

        tls.ToString().ShouldNotContain(tls.KeystorePassword);
    }
}
