namespace Lancens.Contracts.Model;

/// <summary>Where the product's files live in a checkout, found from any folder inside it.</summary>
public sealed record RepositoryLayout(string Root)
{
    private const string Marker = "Lancens.Contracts.sln";

    public string SpecFile => Path.Combine(Root, "spec", "lancens-user-api.yaml");
    public string MocksDirectory => Path.Combine(Root, "mocks");

    /// <summary>Walks up from <paramref name="start"/> (the working folder when null, then the program's own folder).</summary>
    /// <exception cref="DirectoryNotFoundException">Neither is inside a checkout.</exception>
    public static RepositoryLayout Find(string? start = null)
    {
        var candidates = start is null
            ? new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
            : [start];
        return candidates.Select(TryFind).FirstOrDefault(layout => layout is not null)
            ?? throw new DirectoryNotFoundException(
                $"No {Marker} above {string.Join(" or ", candidates)}: run this from inside a Lancens.Contracts checkout.");
    }

    /// <summary>The checkout <paramref name="start"/> is inside, or null when it is inside none.</summary>
    public static RepositoryLayout? TryFind(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, Marker)))
            {
                return new RepositoryLayout(directory.FullName);
            }
        }

        return null;
    }
}
