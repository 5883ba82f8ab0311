using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Pipeline;

/// <summary>Whose request it is, as the checks found it: the account, and the live token it acts with (none for a login).</summary>
internal sealed record Caller(StoredAccount Account, string? Token)
{
    // The token is a secret: a record would print it, and so would every outcome that holds a caller.
    public override string ToString() => $"Caller {{ Account = {Account}, Token = {(Token is null ? "none" : "***")} }}";
}

/// <summary>What the natural checks found: the first documented error that failed, or the caller of a valid request.</summary>
internal abstract record CheckOutcome
{
    private CheckOutcome()
    {
    }

    public sealed record Failed(DocumentedError Error) : CheckOutcome;

    public sealed record Passed(Caller Caller) : CheckOutcome;
}
