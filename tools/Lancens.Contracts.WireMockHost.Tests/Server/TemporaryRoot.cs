using Lancens.Contracts.Model;

namespace Lancens.Contracts.WireMockHost.Tests.Server;

/// <summary>A throwaway WireMock root served with the repository's jar, deleted afterwards.</summary>
internal sealed class TemporaryRoot : IDisposable
{
    public const string HelloMapping = """
        {
          "request": { "method": "GET", "url": "/hello" },
          "response": { "status": 200, "jsonBody": { "message": "hi" }, "headers": { "Content-Type": "application/json" } }
        }
        """;

    private TemporaryRoot(string path) => Path = path;

    public string Path { get; }

    /// <summary>The repository's mocks folder: its node_modules holds the jar, and its cache the class-data archive.</summary>
    public static string RepositoryMocks { get; } = RepositoryLayout.Find(AppContext.BaseDirectory).MocksDirectory;

    public static TemporaryRoot WithMapping(string fileName, string json)
    {
        var root = new TemporaryRoot(Directory.CreateTempSubdirectory("lancens-wiremock-").FullName);
        var mappings = Directory.CreateDirectory(System.IO.Path.Combine(root.Path, "mappings"));
        File.WriteAllText(System.IO.Path.Combine(mappings.FullName, fileName), json);
        return root;
    }

    public WireMockOptions Options() => new() { RootDirectory = Path, PackageDirectory = RepositoryMocks };

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
