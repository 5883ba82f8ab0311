using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios.Building;

namespace Lancens.Contracts.Scenarios;

/// <summary>All contract scenarios of a spec, derived from its model; the same seed gives the same scenarios.</summary>
public static class ScenarioCatalog
{
    public static IReadOnlyList<ContractScenario> For(ApiSpecification spec, int seed)
    {
        var values = new TestValues(seed);
        var scenarios = spec.Operations.SelectMany(operation =>
        {
            var factory = new RequestFactory(spec, operation, values);
            var violations = new Violations(spec, [.. operation.Body?.Fields ?? []], values);
            return SuccessScenarios.For(factory, values)
                .Concat(NaturalErrorScenarios.For(factory, violations))
                .Concat(PrecedenceScenarios.For(factory, violations))
                .Concat(LimitScenarios.For(factory))
                .Concat(StateErrorScenarios.For(factory))
                .Concat(ForcedErrorScenarios.For(factory))
                .ToList();
        }).ToList();

        var duplicate = scenarios.GroupBy(scenario => scenario.Id).FirstOrDefault(group => group.Count() > 1);
        return duplicate is null
            ? scenarios
            : throw new InvalidOperationException($"two scenarios share the id {duplicate.Key}");
    }
}
