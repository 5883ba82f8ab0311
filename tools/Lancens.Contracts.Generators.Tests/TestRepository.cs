using Lancens.Contracts.Model;

namespace Lancens.Contracts.Generators.Tests;

internal static class TestRepository
{
    private static readonly Lazy<ApiSpecification> Loaded = new(() => ApiSpecification.Load(Layout!.SpecFile));

    public static RepositoryLayout Layout { get; } = RepositoryLayout.Find(AppContext.BaseDirectory);

    public static ApiSpecification Specification => Loaded.Value;
}
