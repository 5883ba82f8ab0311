namespace Lancens.Contracts.Benchmarks;

/// <summary>How long and how hard each workload is driven, and how often each server is started to time its start.</summary>
internal sealed record BenchmarkSettings(int DurationSeconds, int Connections, int WarmupSeconds, int Rounds, int Starts)
{
    // One wrk thread: on 2 cores it leaves the server, which is what is being measured, the most CPU.
    public int Threads => 1;

    // wrk's own default, passed explicitly so the printed settings stay true whatever wrk version runs; the C#
    // generator and the soak use the same.
    public int TimeoutSeconds => 2;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);
}
