using Lancens.Contracts.ContractTests.Journeys;
using Lancens.Contracts.ContractTests.Reporting;
using Lancens.Contracts.ContractTests.Running;
using Lancens.Contracts.ContractTests.Targets;
using Lancens.Contracts.MockServer;
using Lancens.Contracts.MockServer.Deviations;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests;

/// <summary>
/// The suite proves it can fail: against the engine told to break one promise of the contract (a deviation), the
/// suite's own checks must fail at least once, for every deviation there is.
/// </summary>
public sealed class DeviationTests
{
    public static TheoryData<string> Deviations => [.. DeviationSet.Names];

    [Theory]
    [MemberData(nameof(Deviations))]
    public async Task Suite_AgainstADeviatingEngine_Fails(string name)
    {
        if (SuiteData.Settings.Problem is not null || SuiteData.Settings.Kind != TargetKind.Mock)
        {
            Assert.Skip("the deviation test runs with the mock target, which it starts itself");
        }

        var cancel = TestContext.Current.CancellationToken;
        var spec = SuiteData.Spec;
        var values = new TestValues(SuiteData.Settings.Seed);
        var actions = new ActionRequests(spec, values);
        var (suite, second) = (actions.NewAccount(), actions.NewAccount());
        await using var engine = await LancensMock.StartAsync(
            new LancensMockOptions { Spec = spec, Accounts = EngineAccounts.For(suite, second), Deviations = [DeviationSet.Parse(name)] }, cancel);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        var runtime = new SuiteRuntime(spec, SuiteData.Settings, client, engine.BaseUrl, suite, second, values, _ =>
        {
            engine.Reset();
            return Task.CompletedTask;
        });
        var checks = new SuiteChecks(runtime);

        var failures = new List<CheckResult>();
        foreach (var scenario in SuiteData.EveryScenario)
        {
            failures.AddRange(Failed(await checks.RunAsync(scenario, cancel)));
        }

        foreach (var journey in JourneyCatalog.All)
        {
            failures.AddRange(Failed(await checks.RunAsync(journey, cancel)));
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: {failures.Count} failed check(s), e.g. {failures.FirstOrDefault()?.CheckId}");
        failures.ShouldNotBeEmpty($"the suite did not notice the deviation {name}");
    }

    private static IEnumerable<CheckResult> Failed(CheckResult result) => result.Outcome == Outcome.Failed ? [result] : [];
}
