namespace Lancens.Contracts.Model;

/// <summary>
/// What an expiry value means (<c>x-lancens-expiry</c>): a Unix time in a unit, some days after the answer, give or
/// take a tolerance. Mocks make one up with it; the contract suite checks the host's against it.
/// </summary>
public sealed record ExpiryRule(ExpiryUnit Unit, int AfterDays, int ToleranceDays)
{
    /// <summary>The value for an answer given at <paramref name="now"/>.</summary>
    public long ValueAt(DateTimeOffset now) => ToUnit(now.AddDays(AfterDays));

    /// <summary>The instant the value for an answer given at <paramref name="now"/> names, to the unit's precision.</summary>
    public DateTimeOffset InstantAt(DateTimeOffset now) =>
        Unit == ExpiryUnit.Seconds ? DateTimeOffset.FromUnixTimeSeconds(ValueAt(now)) : DateTimeOffset.FromUnixTimeMilliseconds(ValueAt(now));

    /// <summary>Whether a value answered at <paramref name="now"/> is within the tolerance of what the rule says.</summary>
    public bool IsPlausible(long value, DateTimeOffset now) =>
        value >= ToUnit(now.AddDays(AfterDays - ToleranceDays)) && value <= ToUnit(now.AddDays(AfterDays + ToleranceDays));

    public override string ToString() =>
        $"Unix time in {SpecWords.Of(Unit)}, {AfterDays} days ± {ToleranceDays} after the answer";

    private long ToUnit(DateTimeOffset time) =>
        Unit == ExpiryUnit.Seconds ? time.ToUnixTimeSeconds() : time.ToUnixTimeMilliseconds();
}

public enum ExpiryUnit
{
    Seconds,
    Milliseconds,
}
