namespace Lancens.Contracts.MockServer.State;

/// <summary>
/// How much the engine remembers at most, so a mock shared for weeks stays bounded: past <see cref="MaxAccounts"/> the
/// least recently used account without a live session is forgotten; past <see cref="MaxSessionsPerAccount"/> an
/// account's oldest session ends, as a host that caps sessions would.
/// </summary>
public sealed record StoreBounds(int MaxAccounts = StoreBounds.DefaultMaxAccounts, int MaxSessionsPerAccount = StoreBounds.DefaultMaxSessionsPerAccount)
{
    /// <summary>Enough for a team's QA and CI for weeks; about 1 KB each.</summary>
    public const int DefaultMaxAccounts = 10_000;

    /// <summary>More devices and test runs than one person has; a long soak of one account keeps its newest sessions.</summary>
    public const int DefaultMaxSessionsPerAccount = 100;
}
