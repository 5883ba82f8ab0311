using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Lancens.Contracts.ContractTests.Targets;

/// <summary>
/// Certificates are always verified: the system's roots, plus the CAs of LANCENS_CA_CERT for a private
/// host. A wrong host name is never accepted, and nothing turns verification off.
/// </summary>
internal static class TlsTrust
{
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

    public static bool IsTrusted(X509Certificate2Collection extraRoots, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        errors == SslPolicyErrors.None || CustomRootTrust.IsTrusted(certificate, chain, errors, extraRoots);
}
