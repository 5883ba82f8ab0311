using Lancens.Contracts.ContractTests.Targets;

namespace Lancens.Contracts.ContractTests;

/// <summary>
/// The coverage gate, run after every other test: on the mock, at least one check of this run must have seen each
/// documented response of each operation answered as documented.
/// </summary>
public sealed class CoverageGateTests(ContractTarget target)
{
    [Fact]
    public void EveryDocumentedResponse_WasConfirmedOnTheMockInThisRun()
    {
        target.EnsureConfigured();
        if (!target.IsMock)
        {
            Assert.Skip("the coverage gate applies to the mock; on a live host forced errors cannot be produced");
        }

        var confirmed = target.Recorder.Confirmed();

        SuiteData.Spec.DocumentedResponses.Where(answer => !confirmed.Contains(answer.Key)).Select(answer => answer.ToString())
            .ShouldBeEmpty("documented responses no passing check exercised on the mock in this run (run the whole suite)");
    }
}
