using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios.Tests;

internal static class TestSpec
{
    private static readonly Lazy<ApiSpecification> Loaded = new(() => ApiSpecification.Load(RepositoryLayout.Find(AppContext.BaseDirectory).SpecFile));

    public static ApiSpecification Specification => Loaded.Value;

    public const int Seed = 20261122;

    public static IReadOnlyList<ContractScenario> Scenarios { get; } = ScenarioCatalog.For(Specification, Seed);
}
