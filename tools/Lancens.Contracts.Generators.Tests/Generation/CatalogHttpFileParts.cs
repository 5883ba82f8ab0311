namespace Lancens.Contracts.Generators.Tests.Generation;

/// <summary>One request of a generated .http file, read as its client reads it: the title, the lines before the request line, the request, what follows it.</summary>
internal sealed record CatalogHttpFileParts(string Title, IReadOnlyList<string> Comments, IReadOnlyList<string> Request, IReadOnlyList<string> After)
{
    public string RequestLine => Request[0];

    /// <summary>The requests of a file, in its order: the sections after each <c>###</c>.</summary>
    public static IReadOnlyList<CatalogHttpFileParts> Of(string file) =>
        [.. file.Split("\n### ").Skip(1).Select(section =>
        {
            var lines = section.TrimEnd('\n').Split('\n');
            var comments = lines.Skip(1).TakeWhile(line => line.StartsWith('#')).ToList();
            var rest = lines.Skip(1 + comments.Count).ToList();
            var checks = rest.FindIndex(line => line.StartsWith("?? ", StringComparison.Ordinal) || line.StartsWith("> {%", StringComparison.Ordinal));
            var request = checks < 0 ? rest : rest[..checks];
            while (request[^1].Length == 0)
            {
                request.RemoveAt(request.Count - 1);
            }

            return new CatalogHttpFileParts(lines[0], comments, request, checks < 0 ? [] : rest[checks..]);
        })];
}
