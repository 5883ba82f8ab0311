namespace Lancens.Contracts.Model;

/// <summary>How a response value changes between calls (<c>x-lancens-volatile</c>), so mocks invent it and snapshots scrub it.</summary>
public enum VolatileValue
{
    /// <summary>A new random string every time, e.g. a login token.</summary>
    Random,

    /// <summary>A Unix time in seconds some time after now, e.g. a token's expiry.</summary>
    Expiry,
}
