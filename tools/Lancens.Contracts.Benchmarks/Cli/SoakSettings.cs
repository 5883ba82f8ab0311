namespace Lancens.Contracts.Benchmarks.Cli;

/// <summary>How long and with how many virtual users (one connection and one account each) the soak drives the engine.</summary>
internal sealed record SoakSettings(int Seconds, int Connections)
{
    public static SoakSettings Default { get; } = new(Seconds: 60, Connections: 64);

    // As the benchmark's: a request that takes longer counts as a connection error.
    public TimeSpan Timeout => TimeSpan.FromSeconds(2);

    public static bool TryParse(IReadOnlyList<string> args, out SoakSettings settings, out string problem)
    {
        settings = Default;
        var minimums = new Dictionary<string, int>(StringComparer.Ordinal) { ["--seconds"] = 1, ["--connections"] = 1 };
        if (!IntegerOptions.TryRead(args, minimums, out var values, out problem))
        {
            return false;
        }

        settings = new SoakSettings(values.GetValueOrDefault("--seconds", Default.Seconds), values.GetValueOrDefault("--connections", Default.Connections));
        return true;
    }
}
