using Lancens.Contracts.ContractTests.Journeys;
using Lancens.Contracts.ContractTests.Reporting;
using Lancens.Contracts.ContractTests.Targets;

namespace Lancens.Contracts.ContractTests;

/// <summary>What the target remembers: journeys of several requests whose answers must agree, on every target that remembers.</summary>
public sealed class JourneyTests(ContractTarget target)
{
    public static IEnumerable<TheoryDataRow<string>> Journeys() =>
        SuiteData.Journeys.Select(journey => new TheoryDataRow<string>(journey.Name)
        {
            TestDisplayName = $"{journey.Name}: {journey.Description}",
            Skip = SuiteData.SkipReason(journey.Needs),
        });

    [Theory]
    [MemberData(nameof(Journeys))]
    public async Task Journey_OnTheTarget_EveryAnswerAgreesWithWhatItRemembers(string name)
    {
        target.EnsureConfigured();

        var result = await target.Checks.RunAsync(JourneyCatalog.Named(name), TestContext.Current.CancellationToken);

        switch (result.Outcome)
        {
            case Outcome.Failed:
                Assert.Fail(result.Detail);
                break;
            case Outcome.Skipped:
                // Skipped at run time (the target lacks what it needs): reported as skipped, never as passed.
                Assert.Skip(result.Detail ?? "skipped by the target");
                break;
        }
    }
}
