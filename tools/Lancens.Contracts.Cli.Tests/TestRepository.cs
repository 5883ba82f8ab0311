using Lancens.Contracts.Model;

namespace Lancens.Contracts.Cli.Tests;

internal static class TestRepository
{
    private static readonly Lazy<ApiSpecification> Loaded = new(() => ApiSpecification.Load(Layout!.SpecFile));

    public static RepositoryLayout Layout { get; } = RepositoryLayout.Find(AppContext.BaseDirectory);

    public static ApiSpecification Specification => Loaded.Value;

    /// <summary>What the CLI reads and writes, in a temporary folder that looks like a checkout.</summary>
    public static string Copy()
    {
        var copy = Directory.CreateTempSubdirectory("lancens-checkout-").FullName;
        File.Copy(Path.Combine(Layout.Root, "Lancens.Contracts.sln"), Path.Combine(copy, "Lancens.Contracts.sln"));
        foreach (var folder in new[] { "spec", "mocks/mappings", "docs", ".vscode" })
        {
            var source = Path.Combine(Layout.Root, folder);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Where(file => !file.Contains("node_modules", StringComparison.Ordinal)))
            {
                var target = Path.Combine(copy, Path.GetRelativePath(Layout.Root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        return copy;
    }
}
