using System.Net;
using System.Text;
using Lancens.Contracts.ContractTests.Verdicts;

namespace Lancens.Contracts.ContractTests.Reporting;

/// <summary>The contract matrix as one self-contained HTML page, for people.</summary>
internal static class ContractMatrixHtml
{
    public static string Render(RunHeader header, IReadOnlyList<MatrixRow> rows, IReadOnlyList<AssumptionVerdict> verdicts)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Contract matrix</title><style>");
        html.AppendLine("body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin-bottom:2rem}");
        html.AppendLine("th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}th{background:#f4f4f4}");
        html.AppendLine(".passed{background:#e3f6e3}.failed{background:#fbe0e0}.skipped{background:#fff5d6}.not-exercised{background:#eee}code{font-size:.95em}");
        html.AppendLine("</style></head><body>");
        html.AppendLine("<h1>Contract matrix</h1>");
        html.AppendLine($"<p>Target: <b>{Encode(header.Target)}</b> &middot; Base URL: <code>{Encode(header.BaseUrl)}</code> &middot; Seed: <code>{header.Seed}</code> &middot; Finished: {header.Finished:yyyy-MM-dd HH:mm:ss} UTC</p>");
        foreach (var note in header.Notes)
        {
            html.AppendLine($"<p>{Encode(note)}</p>");
        }

        html.AppendLine($"<p>{rows.Count} documented responses: {Encode(MatrixRow.Summary(rows))}</p>");
        html.AppendLine("<h2>Assumptions (x-assumptions): the drift report</h2>");
        html.AppendLine("<table><tr><th>Assumption</th><th>Verdict</th><th>Checks passed / failed / skipped</th><th>Why</th></tr>");
        foreach (var verdict in verdicts)
        {
            var style = verdict.Verdict switch { Verdict.Confirmed => "passed", Verdict.Refuted => "failed", _ => "skipped" };
            html.AppendLine($"<tr class=\"{style}\"><td><code>{Encode(verdict.Assumption.Id)}</code></td><td>{Encode(verdict.Word)}</td><td>{verdict.Passed} / {verdict.Failed} / {verdict.Skipped}</td><td>{Encode(verdict.Explanation)}</td></tr>");
        }

        html.AppendLine("</table>");
        foreach (var operation in rows.GroupBy(row => row.Operation))
        {
            html.AppendLine($"<h2><code>{Encode(operation.Key.Route)}</code> ({Encode(operation.Key.Id)})</h2>");
            html.AppendLine("<table><tr><th>Response</th><th>Status</th><th>Result</th><th>Checks passed / failed / skipped</th><th>Reason</th></tr>");
            foreach (var row in operation)
            {
                var response = row.Message is null ? Encode(row.ExampleName) : $"<code>{Encode(row.Message)}</code>";
                html.AppendLine($"<tr class=\"{row.Verdict.Replace(' ', '-')}\"><td>{response}</td><td>{row.Status}</td><td>{row.Verdict}</td><td>{row.Passed} / {row.Failed} / {row.Skipped}</td><td>{Encode(row.Reason ?? string.Empty)}</td></tr>");
            }

            html.AppendLine("</table>");
        }

        html.AppendLine("</body></html>");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
