namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>A server the runs are measured on: its last start, which stays up, and the time to ready of each timed start.</summary>
internal sealed class ServerUnderTest(IServerLauncher launcher, RunningServer running, IReadOnlyList<TimeSpan> readyTimes) : IAsyncDisposable
{
    public string Name => launcher.Name;

    public string Description => launcher.Description;

    public ServerTraits Traits => launcher.Traits;

    public Uri ApiBase => running.ApiBase;

    public int ProcessId => running.ProcessId;

    public IReadOnlyList<TimeSpan> ReadyTimes { get; } = readyTimes;

    public TimeSpan MedianReadyTime => ReadyTimes.Order().ElementAt(ReadyTimes.Count / 2);

    public string? SelfReported => running.SelfReported;

    public ValueTask DisposeAsync() => running.DisposeAsync();

    public override string ToString() => Name;
}
