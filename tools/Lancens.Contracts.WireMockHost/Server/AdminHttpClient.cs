using System.Net.Security;

namespace Lancens.Contracts.WireMockHost;

/// <summary>The client the launcher uses for WireMock's admin API.</summary>
internal static class AdminHttpClient
{
    public static HttpClient Create(RemoteCertificateValidationCallback? serverCertificateCheck)
    {
        // Never through a proxy from the environment: the server is on a local address.
        var handler = new SocketsHttpHandler { UseProxy = false };
        if (serverCertificateCheck is not null)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = serverCertificateCheck;
        }

        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }
}
