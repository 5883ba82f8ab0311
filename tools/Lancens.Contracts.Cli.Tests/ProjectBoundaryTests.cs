using System.Xml.Linq;

namespace Lancens.Contracts.Cli.Tests;

/// <summary>What the published assemblies show of themselves: their internals open to their own tests only.</summary>
public sealed class ProjectBoundaryTests
{
    [Fact]
    public void ProductProjects_OpenTheirInternals_OnlyToTestProjects()
    {
        var root = RepositorySpec.Layout.Root;
        var projects = Directory.EnumerateFiles(Path.Combine(root, "tools"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "contract-tests"), "*.csproj", SearchOption.AllDirectories))
            .Where(path => !Path.GetFileNameWithoutExtension(path).EndsWith("Tests", StringComparison.Ordinal))
            .ToList();

        var opened = projects.SelectMany(path => XDocument.Load(path).Descendants("InternalsVisibleTo")
                .Select(element => (Project: Path.GetFileNameWithoutExtension(path), To: (string?)element.Attribute("Include") ?? string.Empty)))
            .ToList();

        projects.Count.ShouldBeGreaterThan(10);
        opened.ShouldNotBeEmpty();
        opened.Where(pair => !pair.To.EndsWith("Tests", StringComparison.Ordinal)).ShouldBeEmpty();
    }
}
