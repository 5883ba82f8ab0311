namespace Lancens.Contracts.MockServer.State;

/// <summary>An account the mock knows, as its verbs name it: the username, and the user id its logins answer.</summary>
public sealed record StoredAccount(string Username, long UserId);
