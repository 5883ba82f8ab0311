using Lancens.Contracts.Model;

namespace Lancens.Contracts.Cli.Commands;

/// <summary>
/// What a command works on: the spec (a file given with <c>--spec</c>, else the checkout's, else the one this build
/// carries) and the Lancens.Contracts checkout the working folder is in, if it is in one. Outside a checkout the tool
/// writes nothing next to the user's files unless told where.
/// </summary>
internal sealed record Workspace(ApiSpecification Spec, RepositoryLayout? Checkout)
{
    /// <exception cref="Model.Loading.SpecificationException">The spec file is missing or broken.</exception>
    public static Workspace Resolve(string? specFile)
    {
        // The working folder only: an installed tool's own folder says nothing about where the user is.
        var checkout = RepositoryLayout.TryFind(Directory.GetCurrentDirectory());
        var spec = specFile is not null ? ApiSpecification.Load(specFile)
            : checkout is not null ? ApiSpecification.Load(checkout.SpecFile)
            : ApiSpecification.Bundled;
        return new Workspace(spec, checkout);
    }

    /// <summary>Where serve --https keeps its throwaway CA unless told: the checkout's artifacts, else a folder of the user's own.</summary>
    public string DefaultTlsDirectory => Checkout is not null
        ? Path.Combine(Checkout.Root, "artifacts", "tls")
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "lancens", "tls");

    /// <summary>The spec's file relative to the working folder when it is a file, for messages.</summary>
    public string SpecDescription => File.Exists(Spec.SourcePath) ? Path.GetRelativePath(Directory.GetCurrentDirectory(), Spec.SourcePath) : Spec.SourcePath;
}
