using Lancens.Contracts.Model;
using Lancens.Contracts.Proxy.Evidence;
using Lancens.Contracts.Reporting;

namespace Lancens.Contracts.Proxy.Reporting;

/// <summary>
/// The drift report of a proxy run (or of a recording): the contract matrix (the suite's writers, shared), counted in
/// exchanges: per assumption those that confirmed and refuted it, per documented response those that showed it as
/// documented and those of its operation and status that broke the contract.
/// </summary>
internal static class DriftReport
{
    public const string Name = "drift-report";
    public const string MarkdownFile = Name + ".md";
    public const string HtmlFile = Name + ".html";

    /// <summary>Writes both files; answers their paths.</summary>
    public static IReadOnlyList<string> Write(string directory, ApiSpecification spec, VerdictsSnapshot snapshot, string source) =>
        ContractMatrixFiles.Write(directory, Name, Of(spec, snapshot, source));

    public static ContractMatrix Of(ApiSpecification spec, VerdictsSnapshot snapshot, string source)
    {
        string[] head =
        [
            $"Source: {source}",
            $"Upstream: {snapshot.Upstream}",
            $"Taken: {snapshot.Taken:yyyy-MM-dd HH:mm:ss} UTC",
            $"Exchanges judged: {snapshot.Judged}; outside the spec: {snapshot.OutsideSpec}; evidence for nothing (forced errors): {snapshot.EvidenceForNothing}; no answer from the upstream: {snapshot.NoAnswer}",
            $"Violations: {snapshot.ClientViolations} by clients (requests the spec answers with an error), {snapshot.HostViolations} by the host (answers the spec does not document)",
            $"Assumptions: {snapshot.Assumptions.Count}; {string.Join(", ", snapshot.Assumptions.GroupBy(evidence => evidence.Word).Select(group => $"{group.Count()} {group.Key}"))}",
        ];
        var counts = snapshot.Answers.ToDictionary(count => count.Answer);
        return new ContractMatrix(
            "Drift report",
            head,
            new Counted("Exchanges", ["confirming", "refuting"]),
            [.. snapshot.Assumptions.Select(evidence => new VerdictLine(
                evidence.Id,
                evidence.Word,
                evidence.Verdict switch { ProxyVerdict.Confirmed => RowStyle.Passed, ProxyVerdict.Refuted => RowStyle.Failed, _ => RowStyle.Skipped },
                [evidence.Confirming, evidence.Refuting],
                evidence.Explanation))],
            new Counted("Exchanges", ["as documented", "broken"]),
            [.. spec.DocumentedResponses.Select(answer =>
            {
                var count = counts.GetValueOrDefault(answer.Key) ?? new AnswerCount(answer.Key, 0, 0, null);
                var (result, style) = count.Broken > 0 ? ("failed", RowStyle.Failed) : count.Seen > 0 ? ("passed", RowStyle.Passed) : ("not exercised", RowStyle.NotExercised);
                return new AnswerLine(answer, result, style, [count.Seen, count.Broken], count.Broken > 0 ? count.LastProblem : null);
            })]);
    }
}
