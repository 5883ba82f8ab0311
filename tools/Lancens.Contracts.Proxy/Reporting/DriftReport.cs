using System.Net;
using System.Text;
using Lancens.Contracts.Model;
using Lancens.Contracts.Proxy.Evidence;

namespace Lancens.Contracts.Proxy.Reporting;

/// <summary>
/// The drift report of a proxy run (or of a recording), in the contract matrix's shape: a head, the assumption table
/// (with the exchanges that confirmed and refuted each), and per operation its documented responses and how often the
/// traffic showed each. Markdown for logs and pull requests, HTML for people. The suite's matrix writers live in the
/// suite, with its check results; this is the same table shape over exchanges.
/// </summary>
internal static class DriftReport
{
    public const string MarkdownFile = "drift-report.md";
    public const string HtmlFile = "drift-report.html";

    /// <summary>Writes both files; answers their paths.</summary>
    public static IReadOnlyList<string> Write(string directory, ApiSpecification spec, VerdictsSnapshot snapshot, string source)
    {
        Directory.CreateDirectory(directory);
        var markdown = Path.Combine(directory, MarkdownFile);
        var html = Path.Combine(directory, HtmlFile);
        File.WriteAllText(markdown, Markdown(spec, snapshot, source));
        File.WriteAllText(html, Html(spec, snapshot, source));
        return [markdown, html];
    }

    public static string Markdown(ApiSpecification spec, VerdictsSnapshot snapshot, string source)
    {
        var text = new StringBuilder();
        text.AppendLine("# Drift report");
        text.AppendLine();
        foreach (var line in Head(snapshot, source))
        {
            text.AppendLine($"- {line}");
        }

        text.AppendLine();
        text.AppendLine("## Assumptions (x-assumptions): the drift report");
        text.AppendLine();
        text.AppendLine("| Assumption | Verdict | Exchanges (confirming/refuting) | Why |");
        text.AppendLine("|---|---|---|---|");
        foreach (var evidence in snapshot.Assumptions)
        {
            text.AppendLine($"| `{evidence.Id}` | {evidence.Word} | {evidence.Confirming}/{evidence.Refuting} | {Cell(evidence.Explanation)} |");
        }

        foreach (var operation in spec.Operations)
        {
            text.AppendLine();
            text.AppendLine($"## `{operation.Route}` ({operation.Id})");
            text.AppendLine();
            text.AppendLine("| Response | Status | Result | Exchanges (as documented/broken) | Reason |");
            text.AppendLine("|---|---|---|---|---|");
            foreach (var (answer, count) in Rows(spec, operation, snapshot))
            {
                text.AppendLine($"| {(answer.Example.Message is { } message && answer.Error is not null ? $"`{message}`" : answer.Example.Name)} | {answer.Response.Status} | {Result(count)} | {count.Seen}/{count.Broken} | {Cell(count.Broken > 0 ? count.LastProblem : null)} |");
            }
        }

        return text.ToString();
    }

    public static string Html(ApiSpecification spec, VerdictsSnapshot snapshot, string source)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Drift report</title><style>");
        html.AppendLine("body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin-bottom:2rem}");
        html.AppendLine("th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}th{background:#f4f4f4}");
        html.AppendLine(".passed{background:#e3f6e3}.failed{background:#fbe0e0}.skipped{background:#fff5d6}.not-exercised{background:#eee}code{font-size:.95em}");
        html.AppendLine("</style></head><body>");
        html.AppendLine("<h1>Drift report</h1>");
        foreach (var line in Head(snapshot, source))
        {
            html.AppendLine($"<p>{Encode(line)}</p>");
        }

        html.AppendLine("<h2>Assumptions (x-assumptions): the drift report</h2>");
        html.AppendLine("<table><tr><th>Assumption</th><th>Verdict</th><th>Exchanges confirming / refuting</th><th>Why</th></tr>");
        foreach (var evidence in snapshot.Assumptions)
        {
            var style = evidence.Verdict switch { ProxyVerdict.Confirmed => "passed", ProxyVerdict.Refuted => "failed", _ => "skipped" };
            html.AppendLine($"<tr class=\"{style}\"><td><code>{Encode(evidence.Id)}</code></td><td>{Encode(evidence.Word)}</td><td>{evidence.Confirming} / {evidence.Refuting}</td><td>{Encode(evidence.Explanation)}</td></tr>");
        }

        html.AppendLine("</table>");
        foreach (var operation in spec.Operations)
        {
            html.AppendLine($"<h2><code>{Encode(operation.Route)}</code> ({Encode(operation.Id)})</h2>");
            html.AppendLine("<table><tr><th>Response</th><th>Status</th><th>Result</th><th>Exchanges as documented / broken</th><th>Reason</th></tr>");
            foreach (var (answer, count) in Rows(spec, operation, snapshot))
            {
                var style = count.Broken > 0 ? "failed" : count.Seen > 0 ? "passed" : "not-exercised";
                var response = answer.Example.Message is { } message && answer.Error is not null ? $"<code>{Encode(message)}</code>" : Encode(answer.Example.Name);
                html.AppendLine($"<tr class=\"{style}\"><td>{response}</td><td>{answer.Response.Status}</td><td>{Result(count)}</td><td>{count.Seen} / {count.Broken}</td><td>{Encode(count.Broken > 0 ? count.LastProblem ?? string.Empty : string.Empty)}</td></tr>");
            }

            html.AppendLine("</table>");
        }

        html.AppendLine("</body></html>");
        return html.ToString();
    }

    private static IEnumerable<string> Head(VerdictsSnapshot snapshot, string source)
    {
        yield return $"Source: {source}";
        yield return $"Upstream: {snapshot.Upstream}";
        yield return $"Taken: {snapshot.Taken:yyyy-MM-dd HH:mm:ss} UTC";
        yield return $"Exchanges judged: {snapshot.Judged}; outside the spec: {snapshot.OutsideSpec}; evidence for nothing (forced errors): {snapshot.EvidenceForNothing}; no answer from the upstream: {snapshot.NoAnswer}";
        yield return $"Violations: {snapshot.ClientViolations} by clients (requests the spec answers with an error), {snapshot.HostViolations} by the host (answers the spec does not document)";
        yield return $"Assumptions: {snapshot.Assumptions.Count}; {string.Join(", ", snapshot.Assumptions.GroupBy(evidence => evidence.Word).Select(group => $"{group.Count()} {group.Key}"))}";
    }

    private static IEnumerable<(DocumentedAnswer Answer, AnswerCount Count)> Rows(ApiSpecification spec, ApiOperation operation, VerdictsSnapshot snapshot) =>
        operation.Answers.Select(answer => (answer, snapshot.Answers.FirstOrDefault(count => count.Answer == answer.Key) ?? new AnswerCount(answer.Key, 0, 0, null)));

    private static string Result(AnswerCount count) => count.Broken > 0 ? "failed" : count.Seen > 0 ? "passed" : "not exercised";

    private static string Cell(string? text) =>
        text is null ? string.Empty : text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
