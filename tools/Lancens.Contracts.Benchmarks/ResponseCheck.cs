using System.Text.Json;

namespace Lancens.Contracts.Benchmarks;

/// <summary>Sends a workload's request once and fails loudly unless the server gives the expected answer.</summary>
internal static class ResponseCheck
{
    /// <returns>The response body, e.g. the record the query answered.</returns>
    public static async Task<string> ExpectAsync(
        HttpClient client, Uri baseUrl, Workload workload, string serverName, CancellationToken cancellationToken)
    {
        using var request = workload.ToRequest(baseUrl);
        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var expected = workload.Expected;
        if ((int)response.StatusCode == expected.Status && HasProperty(body, expected))
        {
            return body;
        }

        var wanted = expected.Value is null ? $"a \"{expected.Property}\"" : $"\"{expected.Property}\": \"{expected.Value}\"";
        throw new BenchmarkException(
            $"The {serverName} mock answered {workload.Method} {workload.Path} ({workload.Name}) with {(int)response.StatusCode} {body}; " +
            $"expected {expected.Status} with {wanted}.");
    }

    private static bool HasProperty(string body, Expectation expected)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty(expected.Property, out var value))
            {
                return false;
            }

            return expected.Value is null || (value.ValueKind == JsonValueKind.String && value.GetString() == expected.Value);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
