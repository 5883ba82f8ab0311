using System.Text.RegularExpressions;

namespace Lancens.Contracts.Model.Tests;

/// <summary>
/// Reads the vendor's documents in spec/sources: each curl example names an operation, and the error
/// list that follows it (the "相关错误代码解析" line and the error table) is what that page documents.
/// </summary>
internal static partial class SeedPages
{
    public sealed record Page(string Method, string Path, IReadOnlyList<string> ErrorTexts)
    {
        public override string ToString() => $"{Method} {Path}";
    }

    public static IReadOnlyList<Page> Read()
    {
        var sources = Path.Combine(RepositorySpec.Layout.Root, "spec", "sources");
        return [.. Directory.GetFiles(sources, "*.txt").Order(StringComparer.Ordinal).SelectMany(file => Parse(File.ReadAllText(file)))];
    }

    private static IEnumerable<Page> Parse(string text)
    {
        var requests = CurlRequest().Matches(text);
        for (var index = 0; index < requests.Count; index++)
        {
            var start = requests[index].Index;
            var end = index + 1 < requests.Count ? requests[index + 1].Index : text.Length;
            var section = text[start..end];
            var path = SerialPlaceholder().Replace(requests[index].Groups["path"].Value, "/{serial}");
            yield return new Page(requests[index].Groups["method"].Value, path, [.. ErrorTexts(section).Distinct()]);
        }
    }

    private static IEnumerable<string> ErrorTexts(string section)
    {
        var parseLines = section.Split('\n').Where(line => line.Contains("相关错误代码解析", StringComparison.Ordinal));
        foreach (Match entry in parseLines.SelectMany(line => ListedError().Matches(line)))
        {
            foreach (var text in entry.Groups["text"].Value.Split(','))
            {
                yield return text.Trim();
            }
        }

        foreach (Match row in TableRow().Matches(section))
        {
            foreach (var text in row.Groups["text"].Value.Split(','))
            {
                yield return text.Trim();
            }
        }
    }

    [GeneratedRegex("""curl -X (?<method>[A-Z]+) "https://[^/"]+(?<path>/v1/api/[^"]+)" """)]
    private static partial Regex CurlRequest();

    [GeneratedRegex("/XXX$")]
    private static partial Regex SerialPlaceholder();

    // "\(undefined XXX :参数没有传XXX\)" in the "相关错误代码解析" line: the error text runs up to the colon.
    [GeneratedRegex(@"\\\((?<text>[^:\\]+?)\s*:")]
    private static partial Regex ListedError();

    // "| no token | header请求头没有传token |" in the error table; the header rows hold no description.
    [GeneratedRegex(@"^\|[ \t]*(?<text>[a-zA-Z0-9 ,_]*[a-zA-Z0-9])[ \t]*\|[ \t]*[^|\s:][^|\n]*\|[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
