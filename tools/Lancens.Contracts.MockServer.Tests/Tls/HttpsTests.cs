using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;
using Lancens.Contracts.Tls;

namespace Lancens.Contracts.MockServer.Tests.Tls;

/// <summary>
/// HTTPS with a throwaway CA: a client that trusts exactly that CA is served, as the contract suite's live run trusts
/// it; a client with the system's trust, or with another CA, refuses the server; and the engine's own answers, the
/// request-limits rewrite included, travel inside TLS.
/// </summary>
public sealed class HttpsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lancens-https-").FullName;

    private static ApiSpecification Spec => TestSpec.Spec;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Https_ClientTrustingExactlyTheThrowawayCa_IsServed()
    {
        var tls = ThrowawayCertificateAuthority.Create(_directory);
        await using var mock = await TestSpec.StartAsync(new LancensMockOptions { Https = tls });
        using var client = new ApiClient(mock.RootUrl, Trusting(tls.CaCertificatePemPath));

        var session = await client.LoginAsync(FieldValues.Username("alice"), FieldValues.Password("alice"));

        mock.RootUrl.Scheme.ShouldBe(Uri.UriSchemeHttps);
        mock.BaseUrl.Scheme.ShouldBe(Uri.UriSchemeHttps);
        (await client.QueryAsync(session, Spec.Resources[0])).ShouldBeError(Spec.OperationFor(EffectAction.Query, Spec.Resources[0]).Error(ErrorCategory.NoData));
    }

    [Fact]
    public async Task Https_ClientWithTheSystemTrust_RefusesTheServer()
    {
        var tls = ThrowawayCertificateAuthority.Create(_directory);
        await using var mock = await TestSpec.StartAsync(new LancensMockOptions { Https = tls });
        using var client = new ApiClient(mock.RootUrl);

        var refused = await Should.ThrowAsync<HttpRequestException>(() => client.TryLoginAsync(FieldValues.Username("alice"), FieldValues.Password("alice")));

        refused.InnerException.ShouldBeOfType<AuthenticationException>();
        mock.Accounts.ShouldBeEmpty();
    }

    [Fact]
    public async Task Https_ClientTrustingAnotherThrowawayCa_RefusesTheServer()
    {
        var tls = ThrowawayCertificateAuthority.Create(_directory);
        var other = ThrowawayCertificateAuthority.Create(Path.Combine(_directory, "other"));
        await using var mock = await TestSpec.StartAsync(new LancensMockOptions { Https = tls });
        using var client = new ApiClient(mock.RootUrl, Trusting(other.CaCertificatePemPath));

        await Should.ThrowAsync<HttpRequestException>(() => client.TryLoginAsync(FieldValues.Username("alice"), FieldValues.Password("alice")));
    }

    [Fact]
    public async Task Https_RequestTheServerRefuses_GetsTheRequestLimitsAnswerInsideTls()
    {
        var tls = ThrowawayCertificateAuthority.Create(_directory);
        await using var mock = await TestSpec.StartAsync(new LancensMockOptions { Https = tls });
        using var socket = new TcpClient();
        await socket.ConnectAsync(mock.RootUrl.Host, mock.RootUrl.Port, TestContext.Current.CancellationToken);
        using var ca = X509CertificateLoader.LoadCertificateFromFile(tls.CaCertificatePemPath);
        await using var stream = new SslStream(socket.GetStream(), leaveInnerStreamOpen: false, (_, certificate, _, _) => ChainsTo(certificate, ca));
        await stream.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = mock.RootUrl.Host }, TestContext.Current.CancellationToken);

        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {Spec.BasePath}/user/token%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), TestContext.Current.CancellationToken);

        AnswerChecks.RequestRefused(await RawHttp.ReadAnswerAsync(stream, TestContext.Current.CancellationToken)).ShouldBeNull();
    }

    // Trust built inline, as a client of a private host would: the chain must end at this CA, and the name must match.
    private static SocketsHttpHandler Trusting(string caPemPath)
    {
        var ca = X509CertificateLoader.LoadCertificateFromFile(caPemPath);
        return new SocketsHttpHandler
        {
            UseProxy = false,
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                    (errors & SslPolicyErrors.RemoteCertificateNameMismatch) == 0 && ChainsTo(certificate, ca),
            },
        };
    }

    private static bool ChainsTo(X509Certificate? certificate, X509Certificate2 ca)
    {
        if (certificate is null)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(leaf);
    }
}
