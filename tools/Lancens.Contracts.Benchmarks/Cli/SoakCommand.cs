using Lancens.Contracts.Benchmarks.Soak;

namespace Lancens.Contracts.Benchmarks.Cli;

/// <summary><c>soak</c>: the engine under the stateful mix for a long while; fails unless every answer was right.</summary>
internal static class SoakCommand
{
    public const string Name = "soak";
    public const int FoundProblems = 3;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (IntegerOptions.AsksForHelp(args))
        {
            Console.WriteLine(BenchmarkSettings.Usage);
            return 0;
        }

        if (!SoakSettings.TryParse(args, out var settings, out var problem))
        {
            await Console.Error.WriteLineAsync($"{problem}\n{BenchmarkSettings.Usage}");
            return CommandRunner.WrongArguments;
        }

        var result = await SoakRun.RunAsync(settings, Console.Error, cancellationToken);
        SoakPrinter.Write(Console.Out, result);
        return result.Passed ? 0 : FoundProblems;
    }
}
