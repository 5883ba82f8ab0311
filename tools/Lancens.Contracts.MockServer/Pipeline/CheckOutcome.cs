using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Pipeline;

/// <summary>Whose request it is, as the checks found it: the account, and the live token it acts with (none for a login).</summary>
internal sealed record Caller(StoredAccount Account, string? Token);

/// <summary>What the natural checks found: the first documented error that failed, or the caller of a valid request.</summary>
internal abstract record CheckOutcome
{
    private CheckOutcome()
    {
    }

    public sealed record Failed(DocumentedError Error) : CheckOutcome;

    public sealed record Passed(Caller Caller) : CheckOutcome;
}
