using System.Text;

namespace Lancens.Contracts.Reporting;

/// <summary>The contract matrix as Markdown, for CI logs and pull requests.</summary>
public static class ContractMatrixMarkdown
{
    public static string Render(ContractMatrix matrix)
    {
        var text = new StringBuilder();
        text.AppendLine($"# {matrix.Title}");
        text.AppendLine();
        foreach (var line in matrix.Head)
        {
            text.AppendLine($"- {line}");
        }

        text.AppendLine();
        text.AppendLine("## Assumptions (x-assumptions): the drift report");
        text.AppendLine();
        text.AppendLine($"| Assumption | Verdict | {matrix.VerdictCounts.Markdown} | Why |");
        text.AppendLine("|---|---|---|---|");
        foreach (var verdict in matrix.Verdicts)
        {
            text.AppendLine($"| `{verdict.AssumptionId}` | {verdict.Word} | {string.Join("/", verdict.Counts)} | {Cell(verdict.Explanation)} |");
        }

        foreach (var operation in matrix.Answers.GroupBy(row => row.Answer.Operation))
        {
            text.AppendLine();
            text.AppendLine($"## `{operation.Key.Route}` ({operation.Key.Id})");
            text.AppendLine();
            text.AppendLine($"| Response | Status | Result | {matrix.AnswerCounts.Markdown} | Reason |");
            text.AppendLine("|---|---|---|---|---|");
            foreach (var row in operation)
            {
                text.AppendLine($"| {(row.Message is null ? row.Answer.Example.Name : $"`{row.Message}`")} | {row.Answer.Response.Status} | {row.Result} | {string.Join("/", row.Counts)} | {Cell(row.Reason)} |");
            }
        }

        return text.ToString();
    }

    private static string Cell(string? text) =>
        text is null ? string.Empty : text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
}
