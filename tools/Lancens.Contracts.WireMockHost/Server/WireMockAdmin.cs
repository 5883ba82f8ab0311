using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Lancens.Contracts.Processes;

namespace Lancens.Contracts.WireMockHost;

/// <summary>WireMock's admin API as the launcher uses it: health until ready, scenario reset, shutdown.</summary>
/// <remarks>Over HTTPS it trusts exactly the keystore's own certificate: it needs no CA and never switches verification off.</remarks>
internal sealed class WireMockAdmin : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan HealthCheckTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _client;
    private readonly Uri _baseUrl;

    public WireMockAdmin(Uri baseUrl, RemoteCertificateValidationCallback? serverCertificateCheck)
    {
        // Never through a proxy from the environment: the server is on a local address.
        var handler = new SocketsHttpHandler { UseProxy = false };
        if (serverCertificateCheck is not null)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = serverCertificateCheck;
        }

        _client = new HttpClient(handler) { Timeout = RequestTimeout };
        _baseUrl = baseUrl;
    }

    /// <summary>Accepts exactly the certificate of the key entry in the keystore; null for plain HTTP.</summary>
    /// <exception cref="WireMockException">The keystore is unreadable, the password is wrong or it holds no key.</exception>
    public static RemoteCertificateValidationCallback? PinKeystore(HttpsEndpoint? https)
    {
        if (https is null)
        {
            return null;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(https.Port);
        X509Certificate2Collection certificates;
        try
        {
            certificates = X509CertificateLoader.LoadPkcs12CollectionFromFile(https.KeystorePath, https.KeystorePassword);
        }
        catch (Exception exception) when (exception is CryptographicException or IOException)
        {
            throw new WireMockException($"Cannot read the HTTPS keystore {https.KeystorePath}: {exception.Message}", exception);
        }

        var expected = certificates.FirstOrDefault(certificate => certificate.HasPrivateKey)?.RawData;
        foreach (var certificate in certificates)
        {
            certificate.Dispose();
        }

        return expected is null
            ? throw new WireMockException($"The HTTPS keystore {https.KeystorePath} holds no private key entry.")
            : (_, certificate, _, _) => certificate is not null && certificate.GetRawCertData().AsSpan().SequenceEqual(expected);
    }

    /// <summary>Polls /__admin/health until it answers 200, the process exits, or <paramref name="timeout"/> runs out.</summary>
    /// <returns>Null when ready; otherwise the last reason the health check failed, for the error message.</returns>
    public async Task<string?> WaitUntilHealthyAsync(ChildProcess process, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var healthUrl = new Uri(_baseUrl, "__admin/health");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var lastProblem = "no health check answered yet";
        while (!process.HasExited && !deadline.IsCancellationRequested)
        {
            var problem = await CheckHealthAsync(healthUrl, cancellationToken).ConfigureAwait(false);
            if (problem is null)
            {
                return null;
            }

            lastProblem = problem;
            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }

        return lastProblem;
    }

    /// <summary>Resets every scenario to its Started state.</summary>
    public async Task ResetScenariosAsync(CancellationToken cancellationToken)
    {
        using var response = await _client.PostAsync(new Uri(_baseUrl, "__admin/scenarios/reset"), null, cancellationToken)
            .ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Asks WireMock to exit; no answer is fine, as the caller's bounded wait and kill follow.</summary>
    public async Task RequestShutdownAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            using var response = await _client.PostAsync(new Uri(_baseUrl, "__admin/shutdown"), null, limit.Token)
                .ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
        {
            // Exiting already, or hung.
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<string?> CheckHealthAsync(Uri healthUrl, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(HealthCheckTimeout);
        try
        {
            using var response = await _client.GetAsync(healthUrl, attempt.Token).ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.OK ? null : $"{healthUrl} answered {(int)response.StatusCode}";
        }
        catch (HttpRequestException exception)
        {
            return $"{healthUrl}: {Describe(exception)}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"{healthUrl} did not answer within {HealthCheckTimeout.TotalSeconds:0} s";
        }
    }

    // TLS failures only say "see inner exception"; connection failures already repeat the inner message.
    private static string Describe(HttpRequestException exception) =>
        exception.InnerException is { } inner && !exception.Message.Contains(inner.Message, StringComparison.Ordinal)
            ? $"{exception.Message} {inner.Message}"
            : exception.Message;
}
