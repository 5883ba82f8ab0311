using System.Text;

namespace Lancens.Contracts.Generators.Files;

/// <summary>Writes generated files, or tells how the committed ones differ from what the spec produces now.</summary>
public static class GeneratedFiles
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes every file, and deletes files in <paramref name="ownedDirectories"/> the generator no longer produces.</summary>
    public static void Write(string root, IReadOnlyList<GeneratedFile> files, IReadOnlyList<string> ownedDirectories)
    {
        foreach (var stale in Stale(root, files, ownedDirectories))
        {
            File.Delete(Path.Combine(root, stale));
        }

        foreach (var file in files)
        {
            var path = Path.Combine(root, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path) || File.ReadAllText(path, Utf8WithoutBom) != file.Content)
            {
                File.WriteAllText(path, file.Content, Utf8WithoutBom);
            }
        }
    }

    /// <summary>One line per file that is missing, different or no longer generated; empty when all are current.</summary>
    public static IReadOnlyList<string> Differences(string root, IReadOnlyList<GeneratedFile> files, IReadOnlyList<string> ownedDirectories)
    {
        var differences = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(root, file.RelativePath);
            if (!File.Exists(path))
            {
                differences.Add($"{file.RelativePath}: missing");
            }
            else if (File.ReadAllText(path, Utf8WithoutBom) != file.Content)
            {
                differences.Add($"{file.RelativePath}: differs from what the spec produces");
            }
        }

        differences.AddRange(Stale(root, files, ownedDirectories).Select(stale => $"{stale}: no longer generated"));
        return differences;
    }

    private static IEnumerable<string> Stale(string root, IReadOnlyList<GeneratedFile> files, IReadOnlyList<string> ownedDirectories)
    {
        var expected = files.Select(file => Normalise(file.RelativePath)).ToHashSet(StringComparer.Ordinal);
        return ownedDirectories
            .Select(directory => Path.Combine(root, directory))
            .Where(Directory.Exists)
            .SelectMany(directory => Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
            .Select(path => Normalise(Path.GetRelativePath(root, path)))
            .Where(relative => !expected.Contains(relative))
            .Order(StringComparer.Ordinal);
    }

    private static string Normalise(string relativePath) => relativePath.Replace('\\', '/');
}
