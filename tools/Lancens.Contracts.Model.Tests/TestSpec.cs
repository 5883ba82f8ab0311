
namespace Lancens.Contracts.Model.Tests;

internal static class TestSpec
{
    private static readonly Lazy<ApiSpecification> Loaded = new(() => ApiSpecification.Load(Layout!.SpecFile));

    public static RepositoryLayout Layout { get; } = RepositoryLayout.Find(AppContext.BaseDirectory);

    public static ApiSpecification Specification => Loaded.Value;

    /// <summary>The real spec with one textual change, written to a temp file, so loader checks are tested on realistic input.</summary>
    public static string MutatedCopy(string find, string replace)
    {
        var text = File.ReadAllText(Layout.SpecFile);
        text.ShouldContain(find, customMessage: "the mutation must apply to the current spec");
        var path = Path.Combine(Path.GetTempPath(), $"lancens-spec-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
        return path;
    }
}
