using System.CommandLine;
using Lancens.Contracts.Generators.Catalog;
using Lancens.Contracts.Generators.Files;
using Lancens.Contracts.Generators.Mappings;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Loading;

namespace Lancens.Contracts.Cli.Commands;

/// <summary><c>lancens generate [--check]</c>: writes, or checks, everything derived from the spec.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var check = new Option<bool>("--check") { Description = "Change nothing; fail, naming the files, when the committed files differ from what the spec produces." };
        var command = new Command("generate", "Write mocks/mappings/*.json, docs/errors.md, its requests per client in docs/http/ and their base URL settings from the spec.") { check };
        command.SetAction(result => Run(result.GetValue(check)));
        return command;
    }

    private static int Run(bool check)
    {
        try
        {
            var layout = RepositoryLayout.Find();
            var spec = ApiSpecification.Load(layout.SpecFile);
            var files = MappingGenerator.Generate(spec).Concat(CatalogGenerator.Generate(spec)).ToList();
            string[] owned = [MappingGenerator.MappingsDirectory];
            if (!check)
            {
                GeneratedFiles.Write(layout.Root, files, owned);
                Console.WriteLine($"Wrote {files.Count} files from {Path.GetRelativePath(layout.Root, spec.SourcePath)}.");
                return 0;
            }

            var differences = GeneratedFiles.Differences(layout.Root, files, owned);
            foreach (var difference in differences)
            {
                Console.Error.WriteLine(difference);
            }

            Console.WriteLine(differences.Count == 0
                ? $"All {files.Count} generated files match the spec."
                : $"{differences.Count} file(s) out of date: run `dotnet run --project tools/Lancens.Contracts.Cli -- generate` and commit the result.");
            return differences.Count == 0 ? 0 : 1;
        }
        catch (Exception exception) when (exception is SpecificationException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine(exception.Message);
            return 2;
        }
    }
}
