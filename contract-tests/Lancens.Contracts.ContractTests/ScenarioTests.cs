using Lancens.Contracts.ContractTests.Reporting;
using Lancens.Contracts.ContractTests.Running;
using Lancens.Contracts.ContractTests.Targets;

namespace Lancens.Contracts.ContractTests;

/// <summary>Every scenario of the spec: each operation's success cases and every documented error, on the target.</summary>
public sealed class ScenarioTests(ContractTarget target)
{
    public static IEnumerable<TheoryDataRow<string>> Scenarios() =>
        SuiteData.Scenarios.Select(scenario => new TheoryDataRow<string>(scenario.Id)
        {
            TestDisplayName = $"{scenario.Id}: {scenario.Sentence}",
            Skip = SuiteData.SkipReason(scenario),
        });

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario_SentToTheTarget_AnswersAsTheSpecDocuments(string id)
    {
        target.EnsureConfigured();
        var scenario = SuiteData.Scenario(id);
        try
        {
            var response = await target.Run.Runner.RunAsync(scenario, TestContext.Current.CancellationToken);
            ResponseContract.Assert(scenario.Operation, scenario.Expected, response, $"{scenario.Request} ({scenario.Condition})");
            target.Recorder.Record(id, scenario.Expected, Outcome.Passed);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            target.Recorder.Record(id, scenario.Expected, Outcome.Failed, target.Scrubber.Scrub(exception.Message));
            throw;
        }
    }
}
