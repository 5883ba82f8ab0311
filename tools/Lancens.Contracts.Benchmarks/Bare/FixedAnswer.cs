using System.Text.Json;

namespace Lancens.Contracts.Benchmarks.Bare;

/// <summary>One fixed answer of the bare endpoint: for a method and a route template, this status and JSON body.</summary>
/// <param name="BodyLacks">When set, the answer only applies to a body that does not contain this text.</param>
internal sealed record FixedAnswer(string Method, string PathTemplate, string? BodyLacks, int Status, string Json)
{
    public static void Write(string path, IReadOnlyList<FixedAnswer> answers) => File.WriteAllText(path, JsonSerializer.Serialize(answers));

    public static IReadOnlyList<FixedAnswer> Read(string path) =>
        JsonSerializer.Deserialize<List<FixedAnswer>>(File.ReadAllText(path)) ?? throw new BenchmarkException($"{path} holds no answers.");
}
