using System.Text;

namespace Lancens.Contracts.Tls;

/// <summary>The files <see cref="ThrowawayCertificateAuthority"/> wrote: the CA to trust and the server keystore.</summary>
public sealed record ThrowawayTls(string CaCertificatePemPath, string KeystorePath, string KeystorePassword)
{
    // Records print every property; the password must never reach a log or an exception message.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"CaCertificatePemPath = {CaCertificatePemPath}, KeystorePath = {KeystorePath}, KeystorePassword = ***");
        return true;
    }
}
