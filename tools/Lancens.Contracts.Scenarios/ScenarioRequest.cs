namespace Lancens.Contracts.Scenarios;

/// <summary>One HTTP request, with session values as <see cref="RequestPlaceholders"/>.</summary>
/// <param name="Path">The concrete path, base path included, e.g. <c>/v1/api/user/token</c>.</param>
/// <param name="Body">The raw body text (not always valid JSON), or null for none.</param>
/// <param name="ContentType">The Content-Type to send with the body, or null for none.</param>
public sealed record ScenarioRequest(
    HttpMethod Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? Body,
    string? ContentType)
{
    public ScenarioRequest WithHeader(string name, string value) =>
        this with { Headers = [.. Headers.Where(header => !header.Key.Equals(name, StringComparison.OrdinalIgnoreCase)), new(name, value)] };

    public ScenarioRequest WithoutHeader(string name) =>
        this with { Headers = [.. Headers.Where(header => !header.Key.Equals(name, StringComparison.OrdinalIgnoreCase))] };

    public override string ToString() => $"{Method.Method} {Path}";
}
