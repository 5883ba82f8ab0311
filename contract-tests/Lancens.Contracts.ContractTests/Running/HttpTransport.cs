using System.Net.Http.Headers;
using System.Text;
using Lancens.Contracts.Model.Checking;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Running;

/// <summary>Sends a request as written: raw body, exact Content-Type, header names as given, session values filled in.</summary>
internal sealed class HttpTransport(HttpClient client, Uri baseUrl, string specBasePath, SecretScrubber scrubber)
{
    public Uri BaseUrl => baseUrl;

    public async Task<ObservedResponse> SendAsync(ScenarioRequest request, LoginSession session, CancellationToken cancellationToken)
    {
        var path = request.Path.StartsWith(specBasePath, StringComparison.Ordinal) ? request.Path[specBasePath.Length..] : request.Path;
        using var message = new HttpRequestMessage(request.Method, new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + path));
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, RequestPlaceholders.Fill(value, session));
        }

        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(RequestPlaceholders.FillJson(request.Body, session)));
            if (request.ContentType is not null)
            {
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
            }
        }

        using var response = await client.SendAsync(message, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return new ObservedResponse((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), scrubber.Scrub(body));
    }
}
