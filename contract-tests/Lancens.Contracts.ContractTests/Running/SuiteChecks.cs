using Lancens.Contracts.ContractTests.Journeys;
using Lancens.Contracts.ContractTests.Reporting;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Running;

/// <summary>
/// Runs one check (a scenario or a journey) against a runtime and records what it showed. Never throws for a contract
/// failure: the result says it, so the xunit tests and the suite's own deviation test use the same code.
/// </summary>
internal sealed class SuiteChecks(SuiteRuntime runtime)
{
    public async Task<CheckResult> RunAsync(ContractScenario scenario, CancellationToken cancellationToken)
    {
        if (runtime.SkipReason(scenario.Needs) is { } reason)
        {
            return Record(new CheckResult(scenario.Id, scenario.Facets, Outcome.Skipped, reason), scenario.Expected);
        }

        try
        {
            var response = await runtime.Runner.RunAsync(scenario, cancellationToken);
            ResponseCheck.Assert(scenario.Operation, scenario.Expected, response, $"{scenario.Request} ({scenario.Condition})");
            return Record(new CheckResult(scenario.Id, scenario.Facets, Outcome.Passed, null), scenario.Expected);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Record(Failed(scenario.Id, scenario.Facets, exception), scenario.Expected);
        }
    }

    public async Task<CheckResult> RunAsync(Journey journey, CancellationToken cancellationToken)
    {
        if (runtime.SkipReason(journey.Needs) is { } reason)
        {
            return Record(new CheckResult(journey.Name, journey.Facets, Outcome.Skipped, reason), null);
        }

        try
        {
            await journey.Run(new JourneyContext(runtime, journey.Name, cancellationToken));
            return Record(new CheckResult(journey.Name, journey.Facets, Outcome.Passed, null), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Record(Failed(journey.Name, journey.Facets, exception), null);
        }
    }

    private CheckResult Failed(string checkId, Model.CheckFacets facets, Exception exception) =>
        exception is ContractViolation violation
            ? new CheckResult(checkId, facets, Outcome.Failed, runtime.Scrubber.Scrub(violation.Message), runtime.Scrubber.Scrub(violation.Expected), runtime.Scrubber.Scrub(violation.Actual))
            : new CheckResult(checkId, facets, Outcome.Failed, runtime.Scrubber.Scrub($"{exception.GetType().Name}: {exception.Message}"));

    private CheckResult Record(CheckResult result, ExpectedResponse? expected)
    {
        runtime.Recorder.Record(result);
        if (expected is not null)
        {
            runtime.Recorder.RecordAnswer(expected, result.CheckId, result.Outcome, result.Outcome == Outcome.Passed ? null : result.Detail);
        }

        return result;
    }
}
