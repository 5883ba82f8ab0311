using Lancens.Contracts.ContractTests.Reporting;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.ContractTests.Verdicts;

internal enum Verdict
{
    Confirmed,
    Refuted,
    NotChecked,
}

/// <summary>
/// What this run's checks say of one of the spec's <c>x-assumptions</c>: confirmed when every check that puts it to the
/// test passed (and one ran), refuted when one failed, not checked when none ran on this target.
/// </summary>
internal sealed record AssumptionVerdict(Assumption Assumption, Verdict Verdict, int Passed, int Failed, int Skipped, CheckResult? Refutation, string? NotCheckedBecause)
{
    public string Word => Verdict switch
    {
        Verdict.Confirmed => "confirmed",
        Verdict.Refuted => "refuted",
        _ => "not checked on this target",
    };

    /// <summary>One line for people: the verdict, and for a refutation the check, what it expected, what came back and the entry to change.</summary>
    public string Explanation => Verdict switch
    {
        Verdict.Confirmed => $"{Passed} check(s) passed",
        Verdict.Refuted => $"{Refutation!.CheckId}: expected {Refutation.Expected ?? "what the spec documents"}, got {Refutation.Actual ?? Refutation.Detail}; change spec/lancens-user-api.yaml x-assumptions id {Assumption.Id} (or the host)",
        _ => NotCheckedBecause ?? "no check of this run puts it to the test",
    };

    public static IReadOnlyList<AssumptionVerdict> Judge(ApiSpecification spec, IReadOnlyList<CheckResult> results) =>
        [.. spec.Assumptions.Select(assumption =>
        {
            var checks = results.Where(result => assumption.IsVerifiedBy(result.Facets)).ToList();
            var passed = checks.Count(check => check.Outcome == Outcome.Passed);
            var failed = checks.Where(check => check.Outcome == Outcome.Failed).ToList();
            var skipped = checks.Where(check => check.Outcome == Outcome.Skipped).ToList();
            var verdict = failed.Count > 0 ? Verdict.Refuted : passed > 0 ? Verdict.Confirmed : Verdict.NotChecked;
            return new AssumptionVerdict(assumption, verdict, passed, failed.Count, skipped.Count, failed.FirstOrDefault(), skipped.FirstOrDefault()?.Detail);
        })];
}
