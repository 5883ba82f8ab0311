using System.Runtime.InteropServices;

namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>The .NET files the benchmark starts: the dotnet host, the CLI that serves the engine, and this program itself.</summary>
internal static class DotnetFiles
{
    /// <summary>The dotnet host of the runtime this program runs on, so every .NET server runs on the very same runtime.</summary>
    public static string Host
    {
        get
        {
            // The runtime directory is <dotnet root>/shared/Microsoft.NETCore.App/<version>/.
            var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
            var host = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
            return File.Exists(host) ? host : "dotnet";
        }
    }

    /// <summary>This program's assembly, which <c>dotnet</c> starts again in the bare-endpoint mode.</summary>
    public static string Self => typeof(DotnetFiles).Assembly.Location;

    /// <summary>The build configuration folder this program runs from, e.g. <c>release</c>.</summary>
    public static string Configuration => Path.GetFileName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

    /// <summary>
    /// The CLI of the same configuration, e.g. <c>artifacts/bin/Lancens.Contracts.Cli/release/lancens.dll</c>; the project
    /// reference builds it before this program.
    /// </summary>
    public static string EngineCli =>
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "Lancens.Contracts.Cli", Configuration, "lancens.dll"));
}
