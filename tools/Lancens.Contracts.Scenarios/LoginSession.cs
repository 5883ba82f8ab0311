namespace Lancens.Contracts.Scenarios;

/// <summary>A logged-in account and its login token; secrets, never to be printed.</summary>
/// <param name="UserId">The user id login answered, when it answered one.</param>
public sealed record LoginSession(string Username, string Password, string Token, long? UserId = null)
{
    public Account Account => new(Username, Password);

    public override string ToString() => "LoginSession { *** }";
}
