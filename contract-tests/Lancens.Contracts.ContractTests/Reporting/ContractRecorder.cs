using System.Collections.Concurrent;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Reporting;

internal enum Outcome
{
    Passed,
    Failed,
    Skipped,
}

/// <summary>One check of the run (a scenario or a journey) and what it showed.</summary>
/// <param name="Expected">For a failure: what the spec led the check to expect; for a skip: why it did not run.</param>
/// <param name="Actual">For a failure: what came back.</param>
internal sealed record CheckResult(string CheckId, CheckFacets Facets, Outcome Outcome, string? Detail, string? Expected = null, string? Actual = null)
{
    /// <summary>The result as the xunit test that ran the check: failed with the detail, or skipped at run time with the reason, never passed then.</summary>
    public void Report()
    {
        switch (Outcome)
        {
            case Outcome.Failed:
                Assert.Fail(Detail);
                break;
            case Outcome.Skipped:
                Assert.Skip(Detail ?? "skipped by the target");
                break;
        }
    }
}

/// <summary>What each check of this run showed, and which documented answers it saw as the spec documents them.</summary>
internal sealed class ContractRecorder
{
    private readonly ConcurrentQueue<CheckResult> _results = new();
    private readonly ConcurrentQueue<(AnswerKey Answer, string CheckId, Outcome Outcome, string? Detail)> _answers = new();

    public IReadOnlyList<CheckResult> Results => [.. _results];

    /// <summary>Every documented answer a check expected, with how that went: what the contract matrix shows.</summary>
    public IReadOnlyList<(AnswerKey Answer, string CheckId, Outcome Outcome, string? Detail)> Answers => [.. _answers];

    public void Record(CheckResult result) => _results.Enqueue(result);

    /// <summary>One documented answer a check (or a step of one) expected, and whether it came back as documented.</summary>
    public void RecordAnswer(ExpectedResponse expected, string checkId, Outcome outcome, string? detail = null) =>
        _answers.Enqueue((expected.Answer, checkId, outcome, detail));

    /// <summary>The documented answers that at least one check saw as the contract says.</summary>
    public IReadOnlySet<AnswerKey> Confirmed() =>
        _answers.Where(answer => answer.Outcome == Outcome.Passed).Select(answer => answer.Answer).ToHashSet();

    /// <summary>Whether a check has a result in this run, so the gates run only what no test ran yet.</summary>
    public bool HasRun(string checkId) => _results.Any(result => result.CheckId == checkId);
}
