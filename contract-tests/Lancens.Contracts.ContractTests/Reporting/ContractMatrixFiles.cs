using Lancens.Contracts.ContractTests.Verdicts;

namespace Lancens.Contracts.ContractTests.Reporting;

/// <summary>Writes the contract matrix of a run, Markdown and HTML, with the verdict on every assumption.</summary>
internal static class ContractMatrixFiles
{
    public const string MarkdownFile = "contract-matrix.md";
    public const string HtmlFile = "contract-matrix.html";

    public static void Write(string directory, RunHeader header, IReadOnlyList<MatrixRow> rows, IReadOnlyList<AssumptionVerdict> verdicts)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, MarkdownFile), ContractMatrixMarkdown.Render(header, rows, verdicts));
        File.WriteAllText(Path.Combine(directory, HtmlFile), ContractMatrixHtml.Render(header, rows, verdicts));
    }
}
