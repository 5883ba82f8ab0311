using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Lancens.Contracts.ContractTests.Targets;

/// <summary>Decides server certificates against given roots instead of the system store.</summary>
public static class CustomRootTrust
{
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");

    /// <summary>A handler that trusts servers whose chain ends at the CA in <paramref name="caPemPath"/>, and no other.</summary>
    public static SocketsHttpHandler CreateHandler(string caPemPath)
    {
        var roots = new X509Certificate2Collection();
        roots.ImportFromPemFile(caPemPath);
        return new SocketsHttpHandler
        {
            UseProxy = false,
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, chain, errors) => IsTrusted(certificate, chain, errors, roots) },
        };
    }

    /// <summary>
    /// True when the certificate's chain ends at one of <paramref name="roots"/>. Only the untrusted-root verdict
    /// is decided again: a name mismatch or a missing certificate stays fatal.
    /// </summary>
    public static bool IsTrusted(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors, X509Certificate2Collection roots)
    {
        if (certificate is null || roots.Count == 0 || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(roots);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        custom.ChainPolicy.ApplicationPolicy.Add(ServerAuthentication);
        if (chain is not null)
        {
            // Intermediates the server sent; certificates in ExtraStore are never trust anchors themselves.
            foreach (var element in chain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return custom.Build(leaf);
    }
}
