using System.Net;
using Lancens.Contracts.Mock.Server;
using Lancens.Contracts.Mock.Tls;

namespace Lancens.Contracts.Mock.Tests.Server;

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
        using var trusting = new HttpClient(tls.CreateTrustingHandler());
        using var untrusting = new HttpClient(new SocketsHttpHandler { UseProxy = false });

        using var response = await trusting.GetAsync(hello, cancellationToken);

        server.BaseUrl.Scheme.ShouldBe("https");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await Should.ThrowAsync<HttpRequestException>(() => untrusting.GetAsync(hello, cancellationToken));
        server.Output.ShouldNotContain(tls.KeystorePassword);
    }
}
