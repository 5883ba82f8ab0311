namespace Lancens.Contracts.Benchmarks.Cli;

/// <summary>How long and how hard each workload is driven, and how often each server is started to time its start.</summary>
internal sealed record BenchmarkSettings(int DurationSeconds, int Connections, int WarmupSeconds, int Rounds, int Starts)
{
    public const string Usage =
        "Usage: dotnet run --project tools/Lancens.Contracts.Benchmarks -c Release -- " +
        "[--duration <s>] [--connections <n>] [--warmup <s>] [--rounds <n>] [--starts <n>]\n" +
        "       dotnet run --project tools/Lancens.Contracts.Benchmarks -c Release -- soak [--seconds <s>] [--connections <n>]";

    // Three 10 s rounds per server: single runs here vary by 10-15%, more than the differences worth seeing. Three timed
    // starts, after one that only warms the file cache (and records WireMock's class-data archive).
    public static BenchmarkSettings Default { get; } = new(DurationSeconds: 10, Connections: 32, WarmupSeconds: 5, Rounds: 3, Starts: 3);

    // One wrk thread: on 2 cores it leaves the server, which is what is being measured, the most CPU.
    public int Threads => 1;

    // wrk's own default, passed explicitly so the printed settings stay true whatever wrk version runs; the C#
    // generator uses the same.
    public int TimeoutSeconds => 2;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public static bool TryParse(IReadOnlyList<string> args, out BenchmarkSettings settings, out string problem)
    {
        settings = Default;
        var minimums = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["--duration"] = 1,
            ["--connections"] = 1,
            ["--warmup"] = 0,
            ["--rounds"] = 1,
            ["--starts"] = 1,
        };
        if (!IntegerOptions.TryRead(args, minimums, out var values, out problem))
        {
            return false;
        }

        settings = new BenchmarkSettings(
            values.GetValueOrDefault("--duration", Default.DurationSeconds),
            values.GetValueOrDefault("--connections", Default.Connections),
            values.GetValueOrDefault("--warmup", Default.WarmupSeconds),
            values.GetValueOrDefault("--rounds", Default.Rounds),
            values.GetValueOrDefault("--starts", Default.Starts));
        return true;
    }
}
