using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Lancens.Contracts.Tls;

/// <summary>
/// Certificates are always verified: the system's roots, plus the CAs of an extra PEM file for a private host (the live
/// suite's LANCENS_CA_CERT, the proxy's --ca-cert). A wrong host name is never accepted, and nothing turns verification off.
/// </summary>
public static class TlsTrust
{
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");

    public static SocketsHttpHandler Handler(string? extraCaPemPath)
    {
        var extraRoots = new X509Certificate2Collection();
        if (extraCaPemPath is not null)
        {
            extraRoots.ImportFromPemFile(extraCaPemPath);
            if (extraRoots.Count == 0)
            {
                throw new InvalidDataException($"{extraCaPemPath} holds no PEM certificate.");
            }
        }

        return new SocketsHttpHandler
        {
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, chain, errors) => IsTrusted(extraRoots, certificate, chain, errors),
            },
        };
    }

    /// <summary>
    /// The system's verdict, or, for a chain only the system's roots reject, whether it ends at one of the extra roots.
    /// Only that one verdict is decided again: a name mismatch or a missing certificate stays fatal.
    /// </summary>
    public static bool IsTrusted(X509Certificate2Collection extraRoots, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        if (certificate is null || extraRoots.Count == 0 || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(extraRoots);
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
