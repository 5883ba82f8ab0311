using Lancens.Contracts.ContractTests.Targets;

namespace Lancens.Contracts.ContractTests;

/// <summary>
/// The coverage gate: on a mock, every documented response of every operation must have been answered as documented by
/// some check of this run. It runs last, and first runs any check no test ran, so it judges the whole suite whatever ran before it.
/// </summary>
public sealed class CoverageGateTests(ContractTarget target)
{
    [Fact]
    public async Task EveryDocumentedResponse_WasConfirmedOnTheMockInThisRun()
    {
        target.EnsureConfigured();
        if (target.Settings.Kind == TargetKind.Live)
        {
            Assert.Skip("the coverage gate applies to the mocks; on a live host forced errors cannot be produced");
        }

        if (target.Settings.Scope != RunScope.Full)
        {
            Assert.Skip("the coverage gate needs the full scope; this run is a smoke run");
        }

        await target.RunMissingChecksAsync(TestContext.Current.CancellationToken);
        var confirmed = target.Run.Recorder.Confirmed();

        target.Spec.DocumentedResponses.Where(answer => !confirmed.Contains(answer.Key)).Select(answer => answer.ToString())
            .ShouldBeEmpty($"documented responses no passing check saw on {target.Settings.KindName} in this run");
    }
}
