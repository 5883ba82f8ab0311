using Lancens.Contracts.ContractTests.Targets;

namespace Lancens.Contracts.ContractTests;

/// <summary>Every scenario of the spec: each operation's success cases and every documented error, on the target.</summary>
public sealed class ScenarioTests(ContractTarget target)
{
    public static IEnumerable<TheoryDataRow<string>> Scenarios() =>
        SuiteData.Scenarios.Select(scenario => new TheoryDataRow<string>(scenario.Id)
        {
            TestDisplayName = $"{scenario.Id}: {scenario.Sentence}",
            Skip = SuiteData.SkipReason(scenario.Needs),
        });

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario_SentToTheTarget_AnswersAsTheSpecDocuments(string id)
    {
        target.EnsureConfigured();

        var result = await target.Checks.RunAsync(SuiteData.Scenario(id), TestContext.Current.CancellationToken);

        result.Report();
    }
}
