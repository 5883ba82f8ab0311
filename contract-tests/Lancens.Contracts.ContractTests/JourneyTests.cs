using Lancens.Contracts.ContractTests.Journeys;
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

        result.Report();
    }
}
