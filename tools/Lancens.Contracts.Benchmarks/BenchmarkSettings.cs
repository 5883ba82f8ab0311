using System.Globalization;

namespace Lancens.Contracts.Benchmarks;

/// <summary>How long and how hard wrk drives each workload.</summary>
internal sealed record BenchmarkSettings(int DurationSeconds, int Connections, int WarmupSeconds, int Rounds)
{
    public const string Usage =
        "Usage: dotnet run --project tools/Lancens.Contracts.Benchmarks -c Release -- " +
        "[--duration <s>] [--connections <n>] [--warmup <s>] [--rounds <n>]";

    // Three 10 s rounds per server: single runs here vary by 10-15%, more than the differences worth seeing.
    public static BenchmarkSettings Default { get; } = new(DurationSeconds: 10, Connections: 32, WarmupSeconds: 5, Rounds: 3);

    // At the few thousand requests per second WireMock serves on 2 cores, 1 and 2 wrk threads measured the same within
    // noise; one thread leaves the JVM, which is what is being measured, the most CPU.
    public int Threads => 1;

    // wrk's own default, passed explicitly so the printed settings stay true whatever wrk version runs.
    public int TimeoutSeconds => 2;

    /// <summary>Reads --duration, --connections, --warmup and --rounds; anything else is an error.</summary>
    public static bool TryParse(IReadOnlyList<string> args, out BenchmarkSettings settings, out string problem)
    {
        settings = Default;
        problem = "";
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                problem = $"{args[i]} needs a value.";
                return false;
            }

            if (!int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                problem = $"{args[i]} needs a whole number, not '{args[i + 1]}'.";
                return false;
            }

            switch (args[i])
            {
                case "--duration" when value >= 1:
                    settings = settings with { DurationSeconds = value };
                    break;
                case "--connections" when value >= 1:
                    settings = settings with { Connections = value };
                    break;
                case "--warmup":
                    settings = settings with { WarmupSeconds = value };
                    break;
                case "--rounds" when value >= 1:
                    settings = settings with { Rounds = value };
                    break;
                case "--duration" or "--connections" or "--rounds":
                    problem = $"{args[i]} must be at least 1.";
                    return false;
                default:
                    problem = $"Unknown option {args[i]}.";
                    return false;
            }
        }

        return true;
    }

    public static bool AsksForHelp(IReadOnlyList<string> args) => args.Any(arg => arg is "-h" or "--help" or "-?");
}
