using System.Text;
using Lancens.Contracts.ContractTests.Verdicts;

namespace Lancens.Contracts.ContractTests.Reporting;

/// <summary>The contract matrix as Markdown, for CI logs and pull requests.</summary>
internal static class ContractMatrixMarkdown
{
    public static string Render(RunHeader header, IReadOnlyList<MatrixRow> rows, IReadOnlyList<AssumptionVerdict> verdicts)
    {
        var text = new StringBuilder();
        text.AppendLine("# Contract matrix");
        text.AppendLine();
        text.AppendLine($"- Target: {header.Target}");
        text.AppendLine($"- Base URL: {header.BaseUrl}");
        text.AppendLine($"- Seed: {header.Seed} (replay with LANCENS_SEED={header.Seed})");
        text.AppendLine($"- Finished: {header.Finished:yyyy-MM-dd HH:mm:ss} UTC");
        foreach (var note in header.Notes)
        {
            text.AppendLine($"- {note}");
        }

        text.AppendLine($"- Documented responses: {rows.Count}; {MatrixRow.Summary(rows)}");
        text.AppendLine($"- Assumptions: {verdicts.Count}; {string.Join(", ", verdicts.GroupBy(verdict => verdict.Word).Select(group => $"{group.Count()} {group.Key}"))}");
        text.AppendLine();
        text.AppendLine("## Assumptions (x-assumptions): the drift report");
        text.AppendLine();
        text.AppendLine("| Assumption | Verdict | Checks (passed/failed/skipped) | Why |");
        text.AppendLine("|---|---|---|---|");
        foreach (var verdict in verdicts)
        {
            text.AppendLine($"| `{verdict.Assumption.Id}` | {verdict.Word} | {verdict.Passed}/{verdict.Failed}/{verdict.Skipped} | {Cell(verdict.Explanation)} |");
        }
        foreach (var operation in rows.GroupBy(row => row.Operation))
        {
            text.AppendLine();
            text.AppendLine($"## `{operation.Key.Route}` ({operation.Key.Id})");
            text.AppendLine();
            text.AppendLine("| Response | Status | Result | Checks (passed/failed/skipped) | Reason |");
            text.AppendLine("|---|---|---|---|---|");
            foreach (var row in operation)
            {
                text.AppendLine($"| {(row.Message is null ? row.ExampleName : $"`{row.Message}`")} | {row.Status} | {row.Verdict} | {row.Passed}/{row.Failed}/{row.Skipped} | {Cell(row.Reason)} |");
            }
        }

        return text.ToString();
    }

    private static string Cell(string? text) =>
        text is null ? string.Empty : text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
}
