namespace Lancens.Contracts.MockServer.Hosting;

/// <summary>
/// The engine's clock: the clock it was started with, moved forward on request (<c>lancens clock --advance</c>, the
/// console, <see cref="LancensMock.AdvanceClock"/>) so QA and tests see tokens expire, and back to it on reset.
/// Delays and timers keep the clock it was started with: moving the clock ends no delay.
/// </summary>
internal sealed class EngineClock(TimeProvider started) : TimeProvider
{
    /// <summary>The furthest the clock moves in one step: past it, a typo (years for days) rather than a test.</summary>
    public static readonly TimeSpan MaxStep = TimeSpan.FromDays(3660);

    private long _offsetTicks;

    /// <summary>How far ahead of the clock it was started with.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => started.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => started.LocalTimeZone;

    public override long TimestampFrequency => started.TimestampFrequency;

    public override long GetTimestamp() => started.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        started.CreateTimer(callback, state, dueTime, period);

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is not forward, or is more than <see cref="MaxStep"/>.</exception>
    public void Advance(TimeSpan by)
    {
        if (by <= TimeSpan.Zero || by > MaxStep)
        {
            throw new ArgumentOutOfRangeException(nameof(by), by, $"The clock moves forward only, by at most {MaxStep.TotalDays:0} days.");
        }

        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }

    /// <summary>Back to the clock the engine was started with.</summary>
    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
