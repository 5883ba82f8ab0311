using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Lancens.Contracts.Tls;

/// <summary>
/// Makes a short-lived CA and a localhost server certificate it signed, so HTTPS runs of the mock can be verified
/// properly instead of switching certificate checks off.
/// </summary>
public static class ThrowawayCertificateAuthority
{
    public const string CaFileName = "ca.pem";
    public const string KeystoreFileName = "server.p12";

    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");

    /// <summary>Writes ca.pem and server.p12 (PKCS12, random password) into <paramref name="directory"/>.</summary>
    /// <param name="clock">Where the certificates' validity starts from; the system clock when null.</param>
    public static ThrowawayTls Create(string directory, TimeProvider? clock = null)
    {
        Directory.CreateDirectory(directory);
        // Back-dated a little so a clock that lags by a few minutes still accepts the certificates.
        var notBefore = (clock ?? TimeProvider.System).GetUtcNow().AddMinutes(-5);
        var notAfter = notBefore.AddDays(7);

        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var caCertificate = CreateCa(caKey, notBefore, notAfter.AddDays(1));
        using var serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var signed = CreateServerRequest(serverKey, caCertificate)
            .Create(caCertificate, notBefore, notAfter, SerialNumber());
        using var serverCertificate = signed.CopyWithPrivateKey(serverKey);
        // The CA's private key must not go into the keystore: with two key entries Jetty serves the CA as the leaf.
        using var caPublic = X509CertificateLoader.LoadCertificate(caCertificate.RawData);

        var password = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var keystore = new X509Certificate2Collection { serverCertificate, caPublic };
        var tls = new ThrowawayTls(
            Path.Combine(directory, CaFileName), Path.Combine(directory, KeystoreFileName), password);
        File.WriteAllBytes(tls.KeystorePath, keystore.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password));
        File.WriteAllText(tls.CaCertificatePemPath, caPublic.ExportCertificatePem() + "\n");
        return tls;
    }

    private static X509Certificate2 CreateCa(ECDsa key, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var request = new CertificateRequest("CN=Lancens.Contracts throwaway test CA", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(
            new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(notBefore, notAfter);
    }

    private static CertificateRequest CreateServerRequest(ECDsa key, X509Certificate2 ca)
    {
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([ServerAuthentication], false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        return request;
    }

    private static byte[] SerialNumber()
    {
        var serial = RandomNumberGenerator.GetBytes(16);
        // A positive integer, as RFC 5280 requires.
        serial[0] &= 0x7F;
        return serial;
    }
}
