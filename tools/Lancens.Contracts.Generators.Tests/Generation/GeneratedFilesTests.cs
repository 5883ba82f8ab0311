using Lancens.Contracts.Generators.Files;

namespace Lancens.Contracts.Generators.Tests.Generation;

public sealed class GeneratedFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lancens-generated-").FullName;

    private static readonly GeneratedFile[] Files = [new("out/a.json", "{}\n"), new("out/sub/b.json", "[]\n")];

    [Fact]
    public void Differences_AfterWrite_AreNone()
    {
        GeneratedFiles.Write(_root, Files, ["out"]);

        GeneratedFiles.Differences(_root, Files, ["out"]).ShouldBeEmpty();
    }

    [Fact]
    public void Differences_ChangedMissingAndStaleFiles_AreEachNamed()
    {
        GeneratedFiles.Write(_root, Files, ["out"]);
        File.WriteAllText(Path.Combine(_root, "out/a.json"), "{\"edited\": true}\n");
        File.Delete(Path.Combine(_root, "out/sub/b.json"));
        File.WriteAllText(Path.Combine(_root, "out/old.json"), "{}");

        GeneratedFiles.Differences(_root, Files, ["out"]).ShouldBe(
        [
            "out/a.json: differs from what the spec produces",
            "out/sub/b.json: missing",
            "out/old.json: no longer generated",
        ]);
    }

    [Fact]
    public void Write_RemovesFilesNoLongerGenerated_InOwnedFoldersOnly()
    {
        Directory.CreateDirectory(Path.Combine(_root, "out"));
        Directory.CreateDirectory(Path.Combine(_root, "elsewhere"));
        File.WriteAllText(Path.Combine(_root, "out/old.json"), "{}");
        File.WriteAllText(Path.Combine(_root, "elsewhere/keep.json"), "{}");

        GeneratedFiles.Write(_root, Files, ["out"]);

        File.Exists(Path.Combine(_root, "out/old.json")).ShouldBeFalse();
        File.Exists(Path.Combine(_root, "elsewhere/keep.json")).ShouldBeTrue();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
