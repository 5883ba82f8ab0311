using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Scenarios.Building;

/// <summary>Names scenarios consistently: <c>operation_Condition_StatusExample</c>.</summary>
internal static class ScenarioFactory
{
    public const string ForcedReason =
        "forced on the mock with " + MockControl.ErrorHeader + "; the real host cannot be made to answer it on demand";

    public static ContractScenario Create(
        ApiOperation operation,
        string key,
        string condition,
        ScenarioRequest request,
        ExpectedResponse expected,
        Registration? requires = null,
        Registration? registers = null,
        string? mockOnlyReason = null) =>
        new()
        {
            Id = $"{operation.Id}_{key}_{expected.Status}{Violations.Pascal(expected.ExampleName)}",
            Operation = operation,
            Condition = condition,
            Request = request,
            Expected = expected,
            Requires = requires,
            Registers = registers,
            MockOnlyReason = mockOnlyReason,
        };

    public static string Characters(int count) => count == 1 ? "1 character" : $"{count} characters";
}
