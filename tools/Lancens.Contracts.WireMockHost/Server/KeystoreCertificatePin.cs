using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Lancens.Contracts.WireMockHost;

/// <summary>
/// Accepts exactly the certificate of the key entry in a PKCS12 keystore: the launcher's own health checks need no
/// CA and must not switch verification off.
/// </summary>
internal static class KeystoreCertificatePin
{
    /// <exception cref="CryptographicException">The keystore is unreadable or the password is wrong.</exception>
    public static RemoteCertificateValidationCallback Create(string keystorePath, string password)
    {
        var expected = LeafCertificate(keystorePath, password);
        return (_, certificate, _, _) => certificate is not null && certificate.GetRawCertData().AsSpan().SequenceEqual(expected);
    }

    private static byte[] LeafCertificate(string keystorePath, string password)
    {
        var certificates = X509CertificateLoader.LoadPkcs12CollectionFromFile(keystorePath, password);
        try
        {
            var leaf = certificates.FirstOrDefault(c => c.HasPrivateKey)
                ?? throw new CryptographicException($"{keystorePath} holds no private key entry.");
            return leaf.RawData;
        }
        finally
        {
            foreach (var certificate in certificates)
            {
                certificate.Dispose();
            }
        }
    }
}
