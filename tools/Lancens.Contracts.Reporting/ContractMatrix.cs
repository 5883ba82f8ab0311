using Lancens.Contracts.Model;

namespace Lancens.Contracts.Reporting;

/// <summary>
/// A contract matrix: its head, the verdict on every assumption (the drift report) and, per operation, each documented
/// response with what the run made of it. The contract suite fills it from its checks, the proxy from its exchanges;
/// the writers give both the same shape.
/// </summary>
/// <param name="Head">The lines under the title: target, URLs, counts; never a credential.</param>
public sealed record ContractMatrix(string Title, IReadOnlyList<string> Head, Counted VerdictCounts, IReadOnlyList<VerdictLine> Verdicts, Counted AnswerCounts, IReadOnlyList<AnswerLine> Answers);

/// <summary>What a row's numbers count, e.g. checks passed, failed and skipped, or exchanges confirming and refuting.</summary>
public sealed record Counted(string Noun, IReadOnlyList<string> Names)
{
    public string Markdown => $"{Noun} ({string.Join("/", Names)})";

    public string Html => $"{Noun} {string.Join(" / ", Names)}";
}

/// <summary>How a row is shaded: as a check that passed, failed, was skipped, or that nothing exercised.</summary>
public enum RowStyle
{
    Passed,
    Failed,
    Skipped,
    NotExercised,
}

/// <summary>One assumption's verdict: its word (confirmed, refuted, ...), the counts, and why, in one line for people.</summary>
public sealed record VerdictLine(string AssumptionId, string Word, RowStyle Style, IReadOnlyList<int> Counts, string Explanation);

/// <summary>One documented response and what the run made of it.</summary>
/// <param name="Result">E.g. <c>passed</c>, <c>failed</c>, <c>skipped</c>, <c>not exercised</c>.</param>
public sealed record AnswerLine(DocumentedAnswer Answer, string Result, RowStyle Style, IReadOnlyList<int> Counts, string? Reason)
{
    /// <summary>The error's exact text, or the success example's message; null for a success without one (the writers show its name).</summary>
    public string? Message => Answer.Example.Message;
}

/// <summary>Writes a matrix as <c>NAME.md</c> and <c>NAME.html</c>; answers their paths.</summary>
public static class ContractMatrixFiles
{
    public static IReadOnlyList<string> Write(string directory, string name, ContractMatrix matrix)
    {
        Directory.CreateDirectory(directory);
        var markdown = Path.Combine(directory, name + ".md");
        var html = Path.Combine(directory, name + ".html");
        File.WriteAllText(markdown, ContractMatrixMarkdown.Render(matrix));
        File.WriteAllText(html, ContractMatrixHtml.Render(matrix));
        return [markdown, html];
    }
}
