using System.Text;

namespace Lancens.Contracts.Mock.Tls;

/// <summary>The files <see cref="ThrowawayCertificateAuthority"/> wrote: the CA to trust and the server keystore.</summary>
public sealed record ThrowawayTls(string CaCertificatePemPath, string KeystorePath, string KeystorePassword)
{
    /// <summary>A handler that trusts exactly this CA (and no system root) for HTTPS calls to the mock.</summary>
    public SocketsHttpHandler CreateTrustingHandler() => CustomRootTrust.CreateHandler(CaCertificatePemPath);

    // Records print every property; the password must never reach a log or an exception message.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"CaCertificatePemPath = {CaCertificatePemPath}, KeystorePath = {KeystorePath}, KeystorePassword = ***");
        return true;
    }
}
