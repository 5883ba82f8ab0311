using System.Text.Json;

namespace Lancens.Contracts.MockServer.State;

/// <summary>What the mock remembers of one account, as the admin endpoint shows it (never a password or a token).</summary>
public sealed record AccountSnapshot(string Username, long UserId, int LiveSessions, IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonElement>> Registrations);
