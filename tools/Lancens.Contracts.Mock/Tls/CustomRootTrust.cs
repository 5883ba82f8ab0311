using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Lancens.Contracts.Mock.Tls;

/// <summary>Validates server certificates against one given root instead of the system store.</summary>
internal static class CustomRootTrust
{
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");

    public static SocketsHttpHandler CreateHandler(string caPemPath)
    {
        var root = X509CertificateLoader.LoadCertificateFromFile(caPemPath);
        return new SocketsHttpHandler
        {
            UseProxy = false,
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, errors) => IsTrusted(certificate, errors, root) },
        };
    }

    public static bool IsTrusted(X509Certificate? certificate, SslPolicyErrors errors, X509Certificate2 root)
    {
        // A name mismatch or a missing certificate stays fatal; only the untrusted-root verdict is re-decided here.
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(ServerAuthentication);
        return chain.Build(leaf);
    }
}
