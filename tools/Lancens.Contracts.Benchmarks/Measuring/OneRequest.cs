using Lancens.Contracts.Benchmarks.Requests;
using Lancens.Contracts.Model.Checking;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>Sends one request outside any measurement: a setup step or a check.</summary>
internal static class OneRequest
{
    public static async Task<ObservedResponse> SendAsync(HttpClient client, SentRequest request, Uri apiBase, CancellationToken cancellationToken)
    {
        using var message = request.ToMessage(request.Url(apiBase));
        using var response = await client.SendAsync(message, cancellationToken);
        return new ObservedResponse((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync(cancellationToken));
    }
}
