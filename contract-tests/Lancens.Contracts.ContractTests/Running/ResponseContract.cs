using System.Net.Http.Headers;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Running;

/// <summary>
/// The contract every response must keep: a status the spec documents for the operation, a JSON Content-Type (media
/// type compared, charset optional), a body that validates against that status's schema, and, for an error, the exact
/// documented text.
/// </summary>
internal static class ResponseContract
{
    public static IReadOnlyList<string> Problems(ApiOperation operation, ExpectedResponse expected, ApiResponse response)
    {
        var documented = operation.Response(response.Status);
        if (documented is null)
        {
            return [$"status {response.Status} is not documented for {operation.Route} (documented: {string.Join(", ", operation.Responses.Select(candidate => candidate.Status))})"];
        }

        var problems = new List<string>();
        if (response.Status != expected.Status)
        {
            problems.Add($"expected status {expected.Status}, got {response.Status}");
        }

        if (!IsJson(response.ContentType))
        {
            problems.Add($"expected Content-Type {MediaTypes.Json} (a charset may follow), got {response.ContentType ?? "none"}");
        }

        problems.AddRange(documented.Schema.Validate(response.Body).Select(problem => $"the body does not fit {documented.Schema.Name}: {problem}"));
        if (expected.Message is { } message && response.Message != message)
        {
            problems.Add($"expected the message \"{message}\", got {(response.Message is null ? "no message" : $"\"{response.Message}\"")}");
        }

        return problems;
    }

    /// <summary>Fails the check with every problem, the request and the (scrubbed) response.</summary>
    public static void Assert(ApiOperation operation, ExpectedResponse expected, ApiResponse response, string request)
    {
        var problems = Problems(operation, expected, response);
        if (problems.Count > 0)
        {
            throw new ContractViolation(
                $"{request} broke the contract:{Environment.NewLine}- {string.Join($"{Environment.NewLine}- ", problems)}{Environment.NewLine}Response: {response}",
                expected: expected.ToString(),
                actual: response.ToString());
        }
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && string.Equals(parsed.MediaType, MediaTypes.Json, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A check saw what the spec does not allow; <see cref="Expected"/> and <see cref="Actual"/> feed the drift report.</summary>
internal sealed class ContractViolation(string message, string expected, string actual) : Xunit.Sdk.XunitException(message)
{
    public string Expected { get; } = expected;

    public string Actual { get; } = actual;
}
