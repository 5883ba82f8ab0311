using Lancens.Contracts.ContractTests.Journeys;
using Lancens.Contracts.ContractTests.Reporting;
using Lancens.Contracts.ContractTests.Running;
using Lancens.Contracts.ContractTests.Targets;
using Lancens.Contracts.Deviations;
using Lancens.Contracts.MockServer;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests;

/// <summary>
/// The suite proves it can fail: against the engine started with one promise of the contract broken (a deviation, made
/// through the engine's public seams only), the checks aimed at that deviation must fail, for every deviation there is.
/// </summary>
public sealed class DeviationTests
{
    // Enough for the exploration to reach every class of value from the run's seed; the engine's own run explores more.
    private const int ExploredSequences = 300;

    public static TheoryData<string> Deviations => [.. DeviationCatalog.All.Select(DeviationCatalog.NameOf)];

    [Theory]
    [MemberData(nameof(Deviations))]
    public async Task Suite_AgainstADeviatingEngine_FailsTheChecksAimedAtIt(string name)
    {
        if (SuiteData.Settings.Problem is not null || SuiteData.Settings.Kind != TargetKind.Mock)
        {
            Assert.Skip("the deviation test runs with the mock target, which it starts itself");
        }

        var deviation = DeviationCatalog.Parse(name);
        var results = await RunEveryCheckAsync(deviation);

        var output = TestContext.Current.TestOutputHelper;
        var missed = new List<string>();
        foreach (var aimed in DeviationCatalog.AimedAt(deviation))
        {
            var matching = results.Where(result => result.Outcome != Outcome.Skipped && aimed.Matches(SuiteData.Spec, result.Facets)).ToList();
            var failed = matching.Count(result => result.Outcome == Outcome.Failed);
            var example = matching.FirstOrDefault(result => result.Outcome == Outcome.Failed);
            output?.WriteLine($"{name}: {aimed}: {failed} of {matching.Count} failed, e.g. {example?.CheckId}");
            if (example is { Facets.Journey: "explored-sequences" })
            {
                output?.WriteLine(example.Detail ?? string.Empty);
            }
            var caught = matching.Count > 0 && (aimed.Every ? failed == matching.Count : failed > 0);
            if (!caught)
            {
                missed.Add($"{aimed}: {failed} of {matching.Count} failed; passed: {string.Join(", ", matching.Where(result => result.Outcome == Outcome.Passed).Select(result => result.CheckId).Take(5))}");
            }
        }

        missed.ShouldBeEmpty($"the checks aimed at {name} did not all catch it");
    }

    [Fact]
    public void AimedAt_NamesOnlyJourneysThatExist()
    {
        var journeys = JourneyCatalog.All.Select(journey => journey.Name).ToHashSet();

        DeviationCatalog.All.SelectMany(deviation => DeviationCatalog.AimedAt(deviation).Select(aimed => (deviation, aimed.Selector.Journey)))
            .Where(pair => pair.Journey is not null && !journeys.Contains(pair.Journey))
            .Select(pair => $"{DeviationCatalog.NameOf(pair.deviation)}: journey={pair.Journey}")
            .ShouldBeEmpty("deviations aimed at journeys the suite does not have");
    }

    private static async Task<IReadOnlyList<CheckResult>> RunEveryCheckAsync(Deviation deviation)
    {
        var cancel = TestContext.Current.CancellationToken;
        var spec = SuiteData.Spec;
        var values = new TestValues(SuiteData.Settings.Seed);
        var actions = new ActionRequests(spec, values);
        var (suite, second) = (actions.NewAccount(), actions.NewAccount());
        var options = DeviationCatalog.Apply(deviation, spec, new LancensMockOptions { Accounts = EngineAccounts.For(suite, second) });
        await using var engine = await LancensMock.StartAsync(options, cancel);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        var runtime = new SuiteRuntime(spec, SuiteData.Settings with { ExploredSequences = ExploredSequences }, client, engine.BaseUrl, suite, second, values, _ =>
        {
            engine.Reset();
            return Task.CompletedTask;
        });
        var checks = new SuiteChecks(runtime);
        var results = new List<CheckResult>();
        foreach (var scenario in SuiteData.EveryScenario)
        {
            results.Add(await checks.RunAsync(scenario, cancel));
        }

        foreach (var journey in JourneyCatalog.All)
        {
            results.Add(await checks.RunAsync(journey, cancel));
        }

        return results;
    }
}
