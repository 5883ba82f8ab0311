using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios.Building;

/// <summary>Every natural error, caused by the request itself in every way its category allows; they run on both targets.</summary>
internal static class NaturalErrorScenarios
{
    public static IEnumerable<ContractScenario> For(RequestFactory factory, Violations violations)
    {
        var operation = factory.Operation;

        // Made-up account values: these requests fail validation before any account is looked up.
        var valid = factory.Valid(sessionPlaceholders: false);
        return operation.Errors.Where(error => error.Trigger == ErrorTrigger.Natural)
            .SelectMany(violations.For)
            .Select(violation => ScenarioFactory.Create(
                operation, violation.Key, violation.Condition, violation.Apply(valid), ExpectedResponse.Of(violation.Error)));
    }
}
