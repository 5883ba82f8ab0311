using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Benchmarks.Requests;

/// <summary>
/// One virtual user of the stateful mix: its own account, the push token it registers and the one it updates to, and its
/// cycle of requests in order, the login first.
/// </summary>
internal sealed record MixPlan(Account Account, string RegisteredKey, string UpdatedKey, IReadOnlyList<ApiCall> Cycle)
{
    /// <summary>The session before login: the account's values, no token yet.</summary>
    public LoginSession LoggedOut => new(Account.Username, Account.Password, Token: string.Empty);
}
