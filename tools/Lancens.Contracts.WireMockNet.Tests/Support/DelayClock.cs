using Microsoft.Extensions.Time.Testing;

namespace Lancens.Contracts.WireMockNet.Tests.Support;

/// <summary>A fake clock that says when the first timer is set and for how long, so a test sees a delay begin without waiting for it.</summary>
internal sealed class DelayClock() : FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero))
{
    private readonly TaskCompletionSource<TimeSpan> _firstTimer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the due time of the first timer anyone sets on this clock.</summary>
    public Task<TimeSpan> FirstTimer => _firstTimer.Task;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _firstTimer.TrySetResult(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }
}
