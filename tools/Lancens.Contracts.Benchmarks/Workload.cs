using System.Text;

namespace Lancens.Contracts.Benchmarks;

/// <summary>One request wrk repeats, and the answer it must get: a benchmark of the wrong answer is worthless.</summary>
internal sealed record Workload(
    string Name,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    Expectation Expected)
{
    public const string JsonMediaType = "application/json";

    public HttpRequestMessage ToRequest(Uri baseUrl)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), new Uri(baseUrl, Path));
        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (Body is not null)
        {
            request.Content = new StringContent(Body, Encoding.UTF8, JsonMediaType);
        }

        return request;
    }

    /// <summary>
    /// Counts the answers wrk saw that were not the expected one. wrk only counts non-2xx/3xx answers, so for an
    /// expected error every 2xx/3xx answer is wrong, and another error status cannot be told apart from it.
    /// </summary>
    public long UnexpectedAnswers(WrkResult result)
    {
        var wrongStatus = Expected.Status < 400 ? result.StatusErrors : result.Requests - result.StatusErrors;
        return result.SocketErrors + wrongStatus;
    }
}

/// <summary>The status, and a top-level JSON property the body must have (with this value, when one is given).</summary>
internal sealed record Expectation(int Status, string Property, string? Value = null);
