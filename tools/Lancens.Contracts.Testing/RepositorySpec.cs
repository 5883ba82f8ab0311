using Lancens.Contracts.Model;

namespace Lancens.Contracts.Testing;

/// <summary>The spec of the checkout the tests were built from, loaded once, and edited copies of it for tests of what follows an edit.</summary>
public static class RepositorySpec
{
    /// <summary>Where the checkout's files are, found from the test's own folder.</summary>
    public static RepositoryLayout Layout { get; } = RepositoryLayout.Find(AppContext.BaseDirectory);

    private static readonly Lazy<ApiSpecification> Loaded = new(() => ApiSpecification.Load(Layout.SpecFile));

    public static ApiSpecification Specification => Loaded.Value;

    /// <summary>
    /// The real spec with textual changes (every place each finds), written as <c>lancens-user-api.yaml</c> into
    /// <paramref name="directory"/> (a new temporary folder when null), so checks see realistic input.
    /// </summary>
    /// <exception cref="InvalidOperationException">An edit finds nothing in the current spec.</exception>
    public static string EditedCopy(string? directory, params (string Find, string Replace)[] edits)
    {
        var text = File.ReadAllText(Layout.SpecFile);
        foreach (var (find, replace) in edits)
        {
            if (!text.Contains(find, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The edit finds nothing in the current spec: {find}");
            }

            text = text.Replace(find, replace, StringComparison.Ordinal);
        }

        var path = Path.Combine(directory ?? Directory.CreateTempSubdirectory("lancens-spec-").FullName, "lancens-user-api.yaml");
        File.WriteAllText(path, text);
        return path;
    }
}
