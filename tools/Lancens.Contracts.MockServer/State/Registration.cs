using System.Text.Json;

namespace Lancens.Contracts.MockServer.State;

/// <summary>One registered push token of an account: its key (the push token a serial names) and the body's fields as sent.</summary>
public sealed record Registration(string Key, IReadOnlyDictionary<string, JsonElement> Fields)
{
    /// <summary>The registration with some fields replaced, as an update leaves it, under its (new) key.</summary>
    public Registration With(string key, IReadOnlyDictionary<string, JsonElement> changes)
    {
        var fields = new Dictionary<string, JsonElement>(Fields, StringComparer.Ordinal);
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return new Registration(key, fields);
    }
}
