using System.Text;

namespace Lancens.Contracts.WireMockHost;

/// <summary>A PKCS12 keystore holding the server key and certificate; 0 picks a free port.</summary>
public sealed record HttpsEndpoint(string KeystorePath, string KeystorePassword, int Port = 0)
{
    // Records print every property; the password must never reach a log or an exception message.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"KeystorePath = {KeystorePath}, KeystorePassword = ***, Port = {Port}");
        return true;
    }
}
