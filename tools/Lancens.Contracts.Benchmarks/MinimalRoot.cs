using System.Text.Json.Nodes;

namespace Lancens.Contracts.Benchmarks;

/// <summary>
/// The baseline: a WireMock root with exactly three hand-written stubs for the same three answers as the generated mock.
/// </summary>
/// <remarks>
/// It is a fixed folder under the temp folder, not a fresh one per run: the launcher names the class-data archive after
/// the jar's path, so a stable path lets every run after the first start with the archive, as the generated mock does.
/// The jar is reached through a link to the repository's installed WireMock, so both servers run the very same jar.
/// </remarks>
internal static class MinimalRoot
{
    public static string Prepare(string repositoryMocks, string queryRecord)
    {
        var root = Path.Combine(Path.GetTempPath(), "lancens-benchmarks", "minimal-root");
        var mappings = Directory.CreateDirectory(Path.Combine(root, "mappings"));
        File.WriteAllText(Path.Combine(mappings.FullName, "minimal.json"), Mappings(queryRecord));
        LinkJar(root, repositoryMocks);
        return root;
    }

    private static void LinkJar(string root, string repositoryMocks)
    {
        var target = Path.Combine(repositoryMocks, "node_modules", "wiremock", "build");
        if (!Directory.Exists(target))
        {
            throw new BenchmarkException($"{target} is missing: run `dotnet build`, which installs WireMock there.");
        }

        var link = new DirectoryInfo(Path.Combine(root, "node_modules", "wiremock", "build"));
        if (link.LinkTarget == target)
        {
            return;
        }

        if (link.LinkTarget is not null)
        {
            // A link to another checkout: replacing it only costs the next start its class-data archive.
            link.Delete();
        }

        Directory.CreateDirectory(link.Parent!.FullName);
        Directory.CreateSymbolicLink(link.FullName, target);
    }

    // The error stub outranks the success stub (1 before the default 5), and its JSONPath matches only a body without
    // push_token; the benchmark's checks before each workload confirm each stub answers only its own request.
    private static string Mappings(string queryRecord)
    {
        var record = JsonNode.Parse(queryRecord)?.ToJsonString()
            ?? throw new BenchmarkException($"The generated mock's record is not JSON: {queryRecord}");
        return $$"""
            {
              "mappings": [
                {
                  "name": "query",
                  "request": { "method": "GET", "urlPath": "{{Workloads.TokenPath}}" },
                  "response": { "status": 200, "headers": { "Content-Type": "application/json" }, "jsonBody": {{record}} }
                },
                {
                  "name": "register",
                  "request": { "method": "POST", "urlPath": "{{Workloads.TokenPath}}" },
                  "response": { "status": 201, "headers": { "Content-Type": "application/json" }, "jsonBody": { "message": "success" } }
                },
                {
                  "name": "natural error",
                  "priority": 1,
                  "request": {
                    "method": "POST",
                    "urlPath": "{{Workloads.TokenPath}}",
                    "bodyPatterns": [ { "matchesJsonPath": "$[?(!@.push_token)]" } ]
                  },
                  "response": { "status": 400, "headers": { "Content-Type": "application/json" }, "jsonBody": { "message": "undefined push_token" } }
                }
              ]
            }
            """;
    }
}
