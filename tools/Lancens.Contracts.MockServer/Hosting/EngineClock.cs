using Lancens.Contracts.Model.Mocking;

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

    /// <summary>
    /// The furthest the clock runs ahead in all, about a hundred years: far past any token's life, and far from the end
    /// of the calendar, which steps without a limit in all would pass, failing every request after.
    /// </summary>
    public static readonly TimeSpan MaxOffset = TimeSpan.FromDays(36525);

    private long _offsetTicks;

    /// <summary>How far ahead of the clock it was started with.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => started.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => started.LocalTimeZone;

    public override long TimestampFrequency => started.TimestampFrequency;

    public override long GetTimestamp() => started.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        started.CreateTimer(callback, state, dueTime, period);

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is not forward, or is more than <see cref="MaxStep"/>, or would take the clock more than <see cref="MaxOffset"/> ahead.</exception>
    public void Advance(TimeSpan by)
    {
        if (!TryAdvance(by))
        {
            throw new ArgumentOutOfRangeException(nameof(by), by, TooFarMessage());
        }
    }

    /// <summary>Moves the clock forward, unless that would take it more than <see cref="MaxOffset"/> ahead; then it stays.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is not forward, or is more than <see cref="MaxStep"/>.</exception>
    public bool TryAdvance(TimeSpan by)
    {
        if (by <= TimeSpan.Zero || by > MaxStep)
        {
            throw new ArgumentOutOfRangeException(nameof(by), by, $"The clock moves forward only, by at most {MaxStep.TotalDays:0} days.");
        }

        long offset;
        do
        {
            offset = Interlocked.Read(ref _offsetTicks);
            if (by.Ticks > MaxOffset.Ticks - offset)
            {
                return false;
            }
        }
        while (Interlocked.CompareExchange(ref _offsetTicks, offset + by.Ticks, offset) != offset);

        return true;
    }

    /// <summary>Why the clock did not move: it would have run more than <see cref="MaxOffset"/> ahead.</summary>
    public string TooFarMessage() =>
        $"the clock runs at most {MaxOffset.TotalDays:0} days (about 100 years) ahead of real time and is {Duration.Format(Offset)} ahead: put it back (reset, or DELETE the clock) first";

    /// <summary>Back to the clock the engine was started with.</summary>
    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
