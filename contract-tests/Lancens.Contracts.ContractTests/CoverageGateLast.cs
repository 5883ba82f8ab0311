using Xunit.Sdk;
using Xunit.v3;

namespace Lancens.Contracts.ContractTests;

/// <summary>
/// Runs the gates (coverage, assumption verdicts) after every other test. Only for speed: each gate first runs any check
/// that has no result yet, so its verdict does not depend on what ran before it.
/// </summary>
public sealed class CoverageGateLast : ITestCollectionOrderer
{
    private static readonly string[] Gates = [nameof(CoverageGateTests), nameof(AssumptionVerdictTests)];

    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : notnull, ITestCollection =>
        [.. testCollections.OrderBy(collection => Gates.Any(gate => collection.TestCollectionDisplayName.Contains(gate, StringComparison.Ordinal)))
            .ThenBy(collection => collection.TestCollectionDisplayName, StringComparer.Ordinal)];
}
