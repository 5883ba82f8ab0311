using System.Collections.Concurrent;

namespace Lancens.Contracts.ContractTests.Running;

/// <summary>Replaces every secret the run has seen (password, account, login tokens) before text reaches output, reports or approved files.</summary>
internal sealed class SecretScrubber
{
    public const string Mask = "***";

    private readonly ConcurrentDictionary<string, byte> _secrets = new(StringComparer.Ordinal);
    private volatile string[] _longestFirst = [];

    public void Add(string? secret)
    {
        // Very short values would mask ordinary text; no real credential or token is that short.
        if (secret is { Length: >= 4 } && _secrets.TryAdd(secret, 0))
        {
            _longestFirst = [.. _secrets.Keys.OrderByDescending(known => known.Length)];
        }
    }

    public string Scrub(string text) =>
        _longestFirst.Aggregate(text, (scrubbed, secret) => scrubbed.Replace(secret, Mask, StringComparison.Ordinal));
}
