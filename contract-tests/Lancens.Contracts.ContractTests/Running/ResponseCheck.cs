using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Running;

/// <summary>The model's response contract (<see cref="Model.Checking.ResponseContract"/>) as a check of the suite: a broken promise fails it.</summary>
internal static class ResponseCheck
{
    /// <summary>Fails the check with every problem, the request and the (scrubbed) response.</summary>
    public static void Assert(ApiOperation operation, ExpectedResponse expected, ObservedResponse response, string request)
    {
        var problems = ResponseContract.Problems(operation, response, expected.Answer);
        if (problems.Count > 0)
        {
            throw new ContractViolation(
                $"{request} broke the contract:{Environment.NewLine}- {string.Join($"{Environment.NewLine}- ", problems)}{Environment.NewLine}Response: {response}",
                expected: expected.ToString(),
                actual: response.ToString());
        }
    }
}

/// <summary>A check saw what the spec does not allow; <see cref="Expected"/> and <see cref="Actual"/> feed the drift report.</summary>
internal sealed class ContractViolation(string message, string expected, string actual) : Xunit.Sdk.XunitException(message)
{
    public string Expected { get; } = expected;

    public string Actual { get; } = actual;
}
