namespace Lancens.Contracts.Scenarios;

/// <summary>An account a check logs in with; secrets, never printed.</summary>
public sealed record Account(string Username, string Password)
{
    public override string ToString() => "Account { *** }";
}
