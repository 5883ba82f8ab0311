using System.Net;
using Lancens.Contracts.Tls;

namespace Lancens.Contracts.WireMockHost.Tests.Server;

[Collection(WireMockCollection.Name)]
public sealed class WireMockHttpsTests
{
    [Fact]
    public async Task StartAsync_ThrowawayKeystore_ServesHttpsTrustedOnlyThroughTheCa()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var root = TemporaryRoot.WithMapping("hello.json", TemporaryRoot.HelloMapping);
        var tls = ThrowawayCertificateAuthority.Create(Path.Combine(root.Path, "tls"));
        await using var server = await WireMockServer.StartAsync(
            root.Options() with { Https = new HttpsEndpoint(tls.KeystorePath, tls.KeystorePassword) }, cancellationToken);
        var hello = new Uri(server.BaseUrl, "hello");
        using var trusting = new HttpClient(TrustingHandler(tls.CaCertificatePemPath));
        using var untrusting = new HttpClient(new SocketsHttpHandler { UseProxy = false });

        using var response = await trusting.GetAsync(hello, cancellationToken);

        server.BaseUrl.Scheme.ShouldBe("https");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await Should.ThrowAsync<HttpRequestException>(() => untrusting.GetAsync(hello, cancellationToken));
        server.Output.ShouldNotContain(tls.KeystorePassword);
    }

    private static SocketsHttpHandler TrustingHandler(string caPemPath)
    {
        var roots = new System.Security.Cryptography.X509Certificates.X509Certificate2Collection();
        roots.ImportFromPemFile(caPemPath);
        return new SocketsHttpHandler
        {
            UseProxy = false,
            SslOptions =
            {
                RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                {
                    if (certificate is null || (errors & ~System.Net.Security.SslPolicyErrors.RemoteCertificateChainErrors) != 0)
                    {
                        return false;
                    }

                    using var chain = new System.Security.Cryptography.X509Certificates.X509Chain();
                    chain.ChainPolicy.TrustMode = System.Security.Cryptography.X509Certificates.X509ChainTrustMode.CustomRootTrust;
                    chain.ChainPolicy.RevocationMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck;
                    chain.ChainPolicy.CustomTrustStore.AddRange(roots);
                    return chain.Build(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
                },
            },
        };
    }
}
