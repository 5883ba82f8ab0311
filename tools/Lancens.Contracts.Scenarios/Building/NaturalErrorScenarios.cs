using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios.Building;

/// <summary>Every natural error, caused by the request itself in every way its category allows.</summary>
internal static class NaturalErrorScenarios
{
    public static IEnumerable<ContractScenario> For(RequestFactory factory, Violations violations)
    {
        var operation = factory.Operation;

        // Made-up account values: these requests fail before any account could be opened with them.
        var valid = factory.Valid(sessionPlaceholders: false);
        return operation.NaturalErrors
            .SelectMany(violations.For)
            .Select(violation => ScenarioFactory.Create(
                operation, CheckKind.Natural, violation.Key, violation.Condition, violation.Apply(valid), ExpectedResponse.Of(violation.Error),
                field: violation.Error.Field, needs: violation.Needs));
    }
}
