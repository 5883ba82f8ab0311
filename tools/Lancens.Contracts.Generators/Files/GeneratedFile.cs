namespace Lancens.Contracts.Generators.Files;

/// <summary>A file the generators derive from the spec, with its path relative to the repository root.</summary>
public sealed record GeneratedFile(string RelativePath, string Content);
