using Lancens.Contracts.Model;

namespace Lancens.Contracts.WireMockHost.Tests.Server;

/// <summary>A throwaway WireMock root served with the repository's jar (which the build installs), deleted afterwards.</summary>
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

    public static TemporaryRoot WithMapping(string fileName, string json) => WithMappings((fileName, json));

    public static TemporaryRoot WithMappings(params (string FileName, string Json)[] files)
    {
        var root = new TemporaryRoot(Directory.CreateTempSubdirectory("lancens-wiremock-").FullName);
        var mappings = Directory.CreateDirectory(System.IO.Path.Combine(root.Path, "mappings"));
        foreach (var (fileName, json) in files)
        {
            File.WriteAllText(System.IO.Path.Combine(mappings.FullName, fileName), json);
        }

        return root;
    }

    /// <summary>GET /hello answering <paramref name="message"/>, so a test can tell its own server's answer from any other.</summary>
    public static string Hello(string message) => HelloMapping.Replace("\"hi\"", $"\"{message}\"", StringComparison.Ordinal);

    public WireMockOptions Options() => new() { RootDirectory = Path, PackageDirectory = RepositoryMocks };

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
