using Lancens.Contracts.Benchmarks.Load;
using Lancens.Contracts.Benchmarks.Measuring;
using Lancens.Contracts.Benchmarks.Reporting;
using Lancens.Contracts.Benchmarks.Servers;

namespace Lancens.Contracts.Benchmarks.Cli;

/// <summary>The benchmark: every server, every workload, the figures on standard output and the progress on standard error.</summary>
internal static class BenchmarkCommand
{
    public const int WrkMissing = 2;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (IntegerOptions.AsksForHelp(args))
        {
            Console.WriteLine(BenchmarkSettings.Usage);
            return 0;
        }

        if (!BenchmarkSettings.TryParse(args, out var settings, out var problem))
        {
            await Console.Error.WriteLineAsync($"{problem}\n{BenchmarkSettings.Usage}");
            return CommandRunner.WrongArguments;
        }

        if (Wrk.Find(settings.Threads, settings.Connections, settings.TimeoutSeconds) is not { } wrk)
        {
            await Console.Error.WriteLineAsync(Wrk.InstallHint);
            return WrkMissing;
        }

        if (!string.Equals(DotnetFiles.Configuration, "release", StringComparison.OrdinalIgnoreCase))
        {
            // The engine measured is the CLI of this program's configuration.
            await Console.Error.WriteLineAsync($"Measuring a {DotnetFiles.Configuration} build: the targets are for Release (dotnet run -c Release).");
        }

        var report = await BenchmarkRun.RunAsync(wrk, settings, Console.Error, cancellationToken);
        FiguresPrinter.Write(Console.Out, report);
        return 0;
    }
}
