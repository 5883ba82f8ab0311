namespace Lancens.Contracts.WireMockNet.Requests;

/// <summary>
/// A header of a request as WireMock.Net hands the headers to predicates and answers: by name in any letter case (as
/// HTTP names are), the values of every spelling joined with commas, as one header line would carry them.
/// </summary>
internal static class RequestHeaders
{
    /// <summary>The header's value, or null when the request does not carry it.</summary>
    public static string? Value<TValues>(IDictionary<string, TValues>? headers, string name)
        where TValues : IEnumerable<string>
    {
        if (headers is null)
        {
            return null;
        }

        List<string>? values = null;
        foreach (var (key, sent) in headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                (values ??= []).AddRange(sent);
            }
        }

        return values is null ? null : string.Join(',', values);
    }
}
