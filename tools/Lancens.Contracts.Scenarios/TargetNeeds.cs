namespace Lancens.Contracts.Scenarios;

/// <summary>What a check needs of the target it runs on; a target that lacks one skips the check, saying which.</summary>
[Flags]
public enum TargetNeeds
{
    None = 0,

    /// <summary>Answers the mock-control headers (forced errors and faults).</summary>
    ControlHeaders = 1,

    /// <summary>Lets accounts the suite makes up log in (boundary usernames and passwords).</summary>
    MadeUpAccounts = 2,

    /// <summary>Accepts only the tokens it issued, so a made-up token answers invalid token.</summary>
    IssuedTokens = 4,

    /// <summary>Knows its accounts, so a made-up account answers the credentials error.</summary>
    KnownAccounts = 8,

    /// <summary>Remembers registered values per account and login, and answers them back.</summary>
    ValueMemory = 16,

    /// <summary>Refuses requests past the spec's request limits.</summary>
    RequestLimits = 32,

    /// <summary>A second account to log in with.</summary>
    SecondAccount = 64,

    /// <summary>Answers the spec's unknown-route body for paths outside the spec.</summary>
    UnknownRouteAnswer = 128,

    /// <summary>Has a clock the suite can move forward (the engine's), so a token's expiry can pass within a run.</summary>
    MovableClock = 256,

    /// <summary>Takes several requests of one client at once, unpaced (the engine the suite starts in process).</summary>
    ConcurrentClients = 512,
}
