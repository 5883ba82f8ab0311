using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Running;

/// <summary>
/// The contract every response must keep: a status the spec documents for the operation, a body that
/// validates against that status's schema, and, for an error, the exact documented text.
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

        var problems = documented.Schema.Validate(response.Body)
            .Select(problem => $"the body does not fit {documented.Schema.Name}: {problem}")
            .ToList();
        if (response.Status != expected.Status)
        {
            problems.Insert(0, $"expected status {expected.Status}, got {response.Status}");
        }

        if (expected.Message is { } message && response.Message != message)
        {
            problems.Add($"expected the message \"{message}\", got {(response.Message is null ? "no message" : $"\"{response.Message}\"")}");
        }

        return problems;
    }

    /// <summary>Fails the test with every problem, the request and the (scrubbed) response.</summary>
    public static void Assert(ApiOperation operation, ExpectedResponse expected, ApiResponse response, string request)
    {
        var problems = Problems(operation, expected, response);
        if (problems.Count > 0)
        {
            throw new ContractViolation(
                $"{request} broke the contract:{Environment.NewLine}- {string.Join($"{Environment.NewLine}- ", problems)}{Environment.NewLine}Response: {response}");
        }
    }
}

internal sealed class ContractViolation(string message) : Xunit.Sdk.XunitException(message);
