using System.CommandLine;
using Lancens.Contracts.Generators.Catalog;
using Lancens.Contracts.Generators.Files;
using Lancens.Contracts.Generators.Mappings;
using Lancens.Contracts.Model.Loading;

namespace Lancens.Contracts.Cli.Commands;

/// <summary><c>lancens generate [--check]</c>: writes, or checks, everything derived from the spec.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var check = new Option<bool>("--check") { Description = "Change nothing; fail, naming the files, when the files there differ from what the spec produces." };
        var specFile = new Option<string?>("--spec") { Description = "Generate from this copy of the spec instead of the checkout's or the one this build carries." };
        var output = new Option<string?>("--out") { Description = "The folder that holds mocks/ and docs/ (default: the checkout's root, else the working folder)." };
        var command = new Command("generate", "Write mocks/mappings/*.json and the QA catalog (docs/errors.md, its requests per client in docs/http/) from the spec: a WireMock root and ready requests for any team.") { check, specFile, output };
        command.SetAction(result => Run(result.GetValue(check), result.GetValue(specFile), result.GetValue(output)));
        return command;
    }

    private static int Run(bool check, string? specFile, string? output)
    {
        try
        {
            var workspace = Workspace.Resolve(specFile);
            var spec = workspace.Spec;
            var root = Path.GetFullPath(output ?? workspace.Checkout?.Root ?? Directory.GetCurrentDirectory());
            var files = MappingGenerator.Generate(spec).Concat(CatalogGenerator.Generate(spec)).ToList();
            string[] owned = [MappingGenerator.MappingsDirectory];
            if (!check)
            {
                GeneratedFiles.Write(root, files, owned);
                Console.WriteLine($"Wrote {files.Count} files into {root} from {workspace.SpecDescription}.");
                return 0;
            }

            var differences = GeneratedFiles.Differences(root, files, owned);
            foreach (var difference in differences)
            {
                Console.Error.WriteLine(difference);
            }

            Console.WriteLine(differences.Count == 0
                ? $"All {files.Count} generated files match the spec."
                : $"{differences.Count} file(s) out of date: run `lancens generate` (in a checkout: dotnet run --project tools/Lancens.Contracts.Cli -- generate) and commit the result.");
            return differences.Count == 0 ? 0 : 1;
        }
        catch (Exception exception) when (exception is SpecificationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(exception.Message);
            return 2;
        }
    }
}
