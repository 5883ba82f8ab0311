using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios.Building;

/// <summary>Names scenarios consistently: <c>operation_Condition_StatusExample</c>.</summary>
internal static class ScenarioFactory
{
    public static ContractScenario Create(
        ApiOperation operation,
        CheckKind kind,
        string key,
        string condition,
        ScenarioRequest request,
        ExpectedResponse expected,
        string? field = null,
        TargetNeeds needs = TargetNeeds.None,
        Precondition? given = null,
        Registration? registers = null,
        Account? account = null) =>
        new()
        {
            Id = $"{operation.Id}_{key}_{expected.Status}{Violations.Pascal(expected.ExampleName)}",
            Operation = operation,
            Kind = kind,
            Field = field,
            Condition = condition,
            Request = request,
            Expected = expected,
            Given = given ?? Precondition.None,
            Registers = registers,
            Account = account,
            Needs = needs,
        };

    public static string Characters(int count) => count == 1 ? "1 character" : $"{count} characters";
}
