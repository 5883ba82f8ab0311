namespace Lancens.Contracts.MockServer.State;

/// <summary>
/// One account as the host keeps it: its password, its user id, and at most one registration per resource.
/// Every read and change of the registrations goes through <see cref="Gate"/>.
/// </summary>
internal sealed class Account(string username, string password, long userId)
{
    private readonly Dictionary<string, Registration> _registrations = new(StringComparer.Ordinal);

    public string Username { get; } = username;

    public string Password { get; } = password;

    public long UserId { get; } = userId;

    public Lock Gate { get; } = new();

    /// <summary>The registrations; the caller holds <see cref="Gate"/>.</summary>
    public Dictionary<string, Registration> Registrations => _registrations;
}
