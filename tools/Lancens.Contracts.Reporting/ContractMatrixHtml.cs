using System.Net;
using System.Text;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Reporting;

/// <summary>The contract matrix as one self-contained HTML page, for people.</summary>
public static class ContractMatrixHtml
{
    public static string Render(ContractMatrix matrix)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine($"<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(matrix.Title)}</title><style>");
        html.AppendLine("body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin-bottom:2rem}");
        html.AppendLine("th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}th{background:#f4f4f4}");
        html.AppendLine(".passed{background:#e3f6e3}.failed{background:#fbe0e0}.skipped{background:#fff5d6}.not-exercised{background:#eee}code{font-size:.95em}");
        html.AppendLine("</style></head><body>");
        html.AppendLine($"<h1>{Encode(matrix.Title)}</h1>");
        foreach (var line in matrix.Head)
        {
            html.AppendLine($"<p>{Encode(line)}</p>");
        }

        html.AppendLine("<h2>Assumptions (x-assumptions): the drift report</h2>");
        html.AppendLine($"<table><tr><th>Assumption</th><th>Verdict</th><th>{Encode(matrix.VerdictCounts.Html)}</th><th>Why</th></tr>");
        foreach (var verdict in matrix.Verdicts)
        {
            html.AppendLine($"<tr class=\"{Class(verdict.Style)}\"><td><code>{Encode(verdict.AssumptionId)}</code></td><td>{Encode(verdict.Word)}</td><td>{string.Join(" / ", verdict.Counts)}</td><td>{Encode(verdict.Explanation)}</td></tr>");
        }

        html.AppendLine("</table>");
        foreach (var operation in matrix.Answers.GroupBy(row => row.Answer.Operation))
        {
            html.AppendLine($"<h2><code>{Encode(operation.Key.Route)}</code> ({Encode(operation.Key.Id)})</h2>");
            html.AppendLine($"<table><tr><th>Response</th><th>Status</th><th>Result</th><th>{Encode(matrix.AnswerCounts.Html)}</th><th>Reason</th></tr>");
            foreach (var row in operation)
            {
                var response = row.Message is null ? Encode(row.Answer.Example.Name) : $"<code>{Encode(row.Message)}</code>";
                html.AppendLine($"<tr class=\"{Class(row.Style)}\"><td>{response}</td><td>{row.Answer.Response.Status}</td><td>{Encode(row.Result)}</td><td>{string.Join(" / ", row.Counts)}</td><td>{Encode(row.Reason ?? string.Empty)}</td></tr>");
            }

            html.AppendLine("</table>");
        }

        html.AppendLine("</body></html>");
        return html.ToString();
    }

    private static string Class(RowStyle style) => SpecWords.Of(style);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
