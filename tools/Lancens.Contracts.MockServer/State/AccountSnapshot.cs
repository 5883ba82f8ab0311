using System.Text.Json;

namespace Lancens.Contracts.MockServer.State;

/// <summary>What the mock remembers of one account, as the admin endpoint shows it (never a password or a token).</summary>
/// <param name="NextExpiry">When the first of its live sessions expires; null when it has none, or its sessions never expire.</param>
public sealed record AccountSnapshot(string Username, long UserId, int LiveSessions, DateTimeOffset? NextExpiry, IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonElement>> Registrations);

/// <summary>One page of the accounts the mock remembers, in user-id order, and how many there are in all.</summary>
public sealed record AccountPage(int Total, int Offset, IReadOnlyList<AccountSnapshot> Accounts);
