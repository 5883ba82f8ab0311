using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Support;

/// <summary>The repository's spec, loaded once, and engines started on it: always loopback, always a free port.</summary>
internal static class TestSpec
{
    public static RepositoryLayout Layout { get; } = RepositoryLayout.Find(AppContext.BaseDirectory);

    private static readonly Lazy<ApiSpecification> Loaded = new(() => ApiSpecification.Load(Layout.SpecFile));

    public static ApiSpecification Spec => Loaded.Value;

    /// <summary>Starts an engine on the repository's spec; the options' spec, address and port are always these.</summary>
    public static Task<LancensMock> StartAsync(LancensMockOptions? options = null) =>
        LancensMock.StartAsync(
            (options ?? new LancensMockOptions()) with { Spec = (options?.Spec) ?? Spec, BindAddress = "127.0.0.1", Port = 0 },
            TestContext.Current.CancellationToken);

    /// <summary>
    /// The real spec with textual changes, each to exactly one place, written into <paramref name="directory"/>, so
    /// start-up checks see realistic input.
    /// </summary>
    public static string MutatedCopy(string directory, params (string Find, string Replace)[] edits)
    {
        var text = File.ReadAllText(Layout.SpecFile);
        foreach (var (find, replace) in edits)
        {
            text.Split(find).Length.ShouldBe(2, $"the edit must apply to exactly one place of the current spec: {find}");
            text = text.Replace(find, replace, StringComparison.Ordinal);
        }

        var path = Path.Combine(directory, "lancens-user-api.yaml");
        File.WriteAllText(path, text);
        return path;
    }
}
