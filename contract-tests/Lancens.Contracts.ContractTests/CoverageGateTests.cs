using Lancens.Contracts.ContractTests.Targets;

namespace Lancens.Contracts.ContractTests;

/// <summary>
/// The coverage gate, run after every other test: each documented response of each operation must have a
/// scenario, and on the mock at least one check of this run must have seen it answered as documented.
/// </summary>
public sealed class CoverageGateTests(ContractTarget target)
{
    private static IEnumerable<(string OperationId, int Status, string ExampleName)> Documented =>
        SuiteData.Spec.Operations.SelectMany(operation => operation.Responses.SelectMany(response =>
            response.Examples.Select(example => (operation.Id, response.Status, example.Name))));

    [Fact]
    public void EveryDocumentedResponse_HasAScenario()
    {
        var scenarios = SuiteData.Scenarios.Select(scenario => (scenario.Operation.Id, scenario.Expected.Status, scenario.Expected.ExampleName)).ToHashSet();

        Documented.Where(pair => !scenarios.Contains(pair)).Select(Describe).ShouldBeEmpty("documented responses no scenario produces");
    }

    [Fact]
    public void EveryDocumentedResponse_WasConfirmedOnTheMockInThisRun()
    {
        target.EnsureConfigured();
        if (!target.IsMock)
        {
            Assert.Skip("the coverage gate applies to the mock; on a live host forced errors cannot be produced");
        }

        var confirmed = target.Recorder.Confirmed();

        Documented.Where(pair => !confirmed.Contains(pair)).Select(Describe)
            .ShouldBeEmpty("documented responses no passing check exercised on the mock in this run (run the whole suite)");
    }

    private static string Describe((string OperationId, int Status, string ExampleName) pair) =>
        $"{pair.OperationId} {pair.Status} {pair.ExampleName}";
}
