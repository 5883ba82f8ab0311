namespace Lancens.Contracts.MockServer.State;

/// <summary>A login's session: whose it is, and when its token stops working (null: never).</summary>
public sealed record LiveSession(StoredAccount Account, DateTimeOffset? ExpiresAt)
{
    public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt is { } expiry && now >= expiry;
}
