using System.Text.Json;

namespace Lancens.Contracts.MockServer.State;

/// <summary>One registered push token of an account: the registration body's fields as sent, by name.</summary>
internal sealed record Registration(IReadOnlyDictionary<string, JsonElement> Fields)
{
    /// <summary>The registration with some fields replaced, as an update leaves it.</summary>
    public Registration With(IReadOnlyDictionary<string, JsonElement> changes)
    {
        var fields = new Dictionary<string, JsonElement>(Fields, StringComparer.Ordinal);
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return new Registration(fields);
    }

    /// <summary>Whether the registration's key field (its push token) is exactly <paramref name="serial"/>.</summary>
    public bool HasKey(string keyField, string serial) =>
        Fields.TryGetValue(keyField, out var key) && key.ValueKind == JsonValueKind.String && key.GetString() == serial;
}
