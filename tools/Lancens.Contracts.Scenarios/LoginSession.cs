namespace Lancens.Contracts.Scenarios;

/// <summary>A logged-in account and its login token; secrets, never to be printed.</summary>
public sealed record LoginSession(string Username, string Password, string Token)
{
    public override string ToString() => "LoginSession { *** }";
}
