namespace Lancens.Contracts.ContractTests.Reporting;

internal static class ContractMatrixFiles
{
    public const string MarkdownFile = "contract-matrix.md";
    public const string HtmlFile = "contract-matrix.html";

    public static void Write(string directory, RunHeader header, IReadOnlyList<MatrixRow> rows)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, MarkdownFile), ContractMatrixMarkdown.Render(header, rows));
        File.WriteAllText(Path.Combine(directory, HtmlFile), ContractMatrixHtml.Render(header, rows));
    }
}
