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

/// <summary>One check of one documented response: a scenario, or a step of the lifecycle.</summary>
internal sealed record CheckResult(string CheckId, ExpectedResponse Expected, Outcome Outcome, string? Detail);

/// <summary>What each check of this run showed, for the coverage gate and the contract matrix.</summary>
internal sealed class ContractRecorder
{
    private readonly ConcurrentQueue<CheckResult> _results = new();

    public IReadOnlyList<CheckResult> Results => [.. _results];

    public void Record(string checkId, ExpectedResponse expected, Outcome outcome, string? detail = null) =>
        _results.Enqueue(new CheckResult(checkId, expected, outcome, detail));

    /// <summary>The documented answers that at least one check saw as the contract says.</summary>
    public IReadOnlySet<AnswerKey> Confirmed() =>
        _results.Where(result => result.Outcome == Outcome.Passed).Select(result => result.Expected.Answer).ToHashSet();
}
