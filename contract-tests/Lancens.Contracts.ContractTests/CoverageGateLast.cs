using Xunit.Sdk;
using Xunit.v3;

namespace Lancens.Contracts.ContractTests;

/// <summary>Runs the coverage gate after every other test, so it sees the whole run.</summary>
public sealed class CoverageGateLast : ITestCollectionOrderer
{
    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : notnull, ITestCollection =>
        [.. testCollections.OrderBy(collection => collection.TestCollectionDisplayName.Contains(nameof(CoverageGateTests), StringComparison.Ordinal))
            .ThenBy(collection => collection.TestCollectionDisplayName, StringComparer.Ordinal)];
}
