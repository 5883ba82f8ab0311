namespace Lancens.Contracts.MockServer.Tests.Support;

/// <summary>One login: the account it opened, the token it issued and the user id it answered.</summary>
internal sealed record Session(string Username, string Password, string Token, long UserId)
{
    public override string ToString() => $"session of {Username}";
}
