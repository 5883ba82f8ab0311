using Microsoft.Extensions.Time.Testing;

namespace Lancens.Contracts.MockServer.Tests.Support;

/// <summary>
/// A clock that moves only when a test says so (<see cref="FakeTimeProvider"/>), which also tells when the engine set a
/// timer and whether it has fired: a delay's answer is held until the clock has moved by the whole delay, whatever the
/// machine's load.
/// </summary>
internal sealed class TestClock() : FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero))
{
    private int _set;
    private int _fired;

    /// <summary>Timers that are set and have not fired.</summary>
    public int PendingTimers => Volatile.Read(ref _set) - Volatile.Read(ref _fired);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(
            value =>
            {
                Interlocked.Increment(ref _fired);
                callback(value);
            },
            state,
            dueTime,
            period);

        // Counted once the fake clock holds it, so a test that saw it set can move the clock past it.
        Interlocked.Increment(ref _set);
        return timer;
    }

    /// <summary>Waits, without judging how long it takes, until the engine has set a timer.</summary>
    public async Task WaitForTimerAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (PendingTimers == 0)
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
