using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios.Building;

/// <summary>
/// Requests with two faults, which must answer the one that comes first in the spec's
/// <c>x-lancens-validation-order</c> (fields in schema order within a category). Neighbours in that order
/// are paired, which pins the whole order down.
/// </summary>
internal static class PrecedenceScenarios
{
    public static IEnumerable<ContractScenario> For(RequestFactory factory, Violations violations)
    {
        var operation = factory.Operation;
        var ordered = operation.NaturalErrors.Select(error => violations.For(error).First()).ToList();
        var valid = factory.Valid(sessionPlaceholders: false);
        foreach (var (first, second) in ordered.Zip(ordered.Skip(1)))
        {
            if (first.Error.Field is not null && first.Error.Field == second.Error.Field)
            {
                continue;
            }

            // The later fault goes in first: a field can only be changed while the body is still JSON.
            var request = first.Apply(second.Apply(valid));
            yield return ScenarioFactory.Create(
                operation,
                CheckKind.Precedence,
                $"{first.Key}And{second.Key}",
                $"{first.Condition} and {second.Condition}",
                request,
                ExpectedResponse.Of(first.Error),
                field: first.Error.Field,
                needs: first.Needs);
        }
    }
}
