using Lancens.Contracts.ContractTests.Verdicts;
using Lancens.Contracts.Reporting;

namespace Lancens.Contracts.ContractTests.Reporting;

/// <summary>Writes the contract matrix of a run, Markdown and HTML (the shared writers), with the verdict on every assumption.</summary>
internal static class ContractMatrixFiles
{
    public const string Name = "contract-matrix";
    public const string MarkdownFile = Name + ".md";
    public const string HtmlFile = Name + ".html";

    public static void Write(string directory, RunHeader header, IReadOnlyList<MatrixRow> rows, IReadOnlyList<AssumptionVerdict> verdicts) =>
        Lancens.Contracts.Reporting.ContractMatrixFiles.Write(directory, Name, Of(header, rows, verdicts));

    public static ContractMatrix Of(RunHeader header, IReadOnlyList<MatrixRow> rows, IReadOnlyList<AssumptionVerdict> verdicts)
    {
        List<string> head =
        [
            $"Target: {header.Target}",
            $"Base URL: {header.BaseUrl}",
            $"Seed: {header.Seed} (replay with LANCENS_SEED={header.Seed})",
            $"Finished: {header.Finished:yyyy-MM-dd HH:mm:ss} UTC",
            .. header.Notes,
            $"Documented responses: {rows.Count}; {MatrixRow.Summary(rows)}",
            $"Assumptions: {verdicts.Count}; {string.Join(", ", verdicts.GroupBy(verdict => verdict.Word).Select(group => $"{group.Count()} {group.Key}"))}",
        ];
        var checks = new Counted("Checks", ["passed", "failed", "skipped"]);
        return new ContractMatrix(
            "Contract matrix",
            head,
            checks,
            [.. verdicts.Select(verdict => new VerdictLine(
                verdict.Assumption.Id,
                verdict.Word,
                verdict.Verdict switch { Verdict.Confirmed => RowStyle.Passed, Verdict.Refuted => RowStyle.Failed, _ => RowStyle.Skipped },
                [verdict.Passed, verdict.Failed, verdict.Skipped],
                verdict.Explanation))],
            checks,
            [.. rows.Select(row => new AnswerLine(
                row.Answer,
                row.Verdict,
                row.Outcome switch { Outcome.Passed => RowStyle.Passed, Outcome.Failed => RowStyle.Failed, Outcome.Skipped => RowStyle.Skipped, _ => RowStyle.NotExercised },
                [row.Passed, row.Failed, row.Skipped],
                row.Reason))]);
    }
}
