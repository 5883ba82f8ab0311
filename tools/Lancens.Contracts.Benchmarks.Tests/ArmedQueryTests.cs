using Lancens.Contracts.Benchmarks.Requests;
using Lancens.Contracts.Benchmarks.Servers;
using Lancens.Contracts.MockServer;
using Lancens.Contracts.MockServer.Control;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Benchmarks.Tests;

/// <summary>
/// The armed row's setup, against the engine itself: a row armed with fewer answers than the engine keeps, or with answers
/// a request of the runs could take, would still show an unchanged latency, and mislead.
/// </summary>
public sealed class ArmedQueryTests
{
    [Fact]
    public async Task ArmAsync_TheEngine_ArmsAsManyAsItKeepsEachForAnotherAccount()
    {
        var spec = ApiSpecification.Load(RepositoryLayout.Find(AppContext.BaseDirectory).SpecFile);
        var query = new BenchmarkRequests(spec).Query.Operation;
        var cancellation = TestContext.Current.CancellationToken;
        await using var mock = await LancensMock.StartAsync(new LancensMockOptions { Spec = spec }, cancellation);

        var (armed, times) = await ArmedQuery.ArmAsync(mock.RootUrl, query, cancellation);

        armed.ShouldBeGreaterThan(1);
        mock.Armed.Count.ShouldBe(armed);
        mock.Armed.ShouldAllBe(answer => answer.Operation == query.Id && answer.Remaining == times && answer.Username != null);
        mock.Armed.Select(answer => answer.Username).Distinct().Count().ShouldBe(armed);
        Should.Throw<ArgumentException>(() => mock.Arm(new ArmRequest(Error: mock.Armed[0].Error, Operation: query.Id, Username: "one-more")));
    }

    [Theory]
    [InlineData("""{"maxTimes": 1000}""")]
    [InlineData("""{"maxArmed": 0, "maxTimes": 1000}""")]
    [InlineData("""{"maxArmed": "1000", "maxTimes": 1000}""")]
    public void Bounds_CatalogWithoutAMaxArmedOfOneOrMore_StopsTheRunRatherThanArmingNone(string catalog) =>
        Should.Throw<BenchmarkException>(() => ArmedQuery.Bounds(catalog)).Message.ShouldContain("maxArmed");
}
