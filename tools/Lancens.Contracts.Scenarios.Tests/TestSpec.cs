using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios.Tests;

internal static class TestSpec
{
    public static ApiSpecification Specification => RepositorySpec.Specification;

    public const int Seed = 20261122;

    public static IReadOnlyList<ContractScenario> Scenarios { get; } = ScenarioCatalog.For(Specification, Seed);
}
