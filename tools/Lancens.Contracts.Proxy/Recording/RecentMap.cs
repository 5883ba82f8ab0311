namespace Lancens.Contracts.Proxy.Recording;

/// <summary>
/// A map of at most <c>capacity</c> entries that forgets its least recently used one, and only that one, to make room:
/// what the mask remembers of the secrets it saw, so memory stays bounded whatever the traffic, while a secret still in
/// use keeps its entry. Not thread-safe: its owner locks.
/// </summary>
internal sealed class RecentMap<TKey, TValue>
    where TKey : notnull
{
    private readonly int _capacity;
    private readonly Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>> _entries;

    // Most recently used first: the last one goes when a new entry needs room.
    private readonly LinkedList<KeyValuePair<TKey, TValue>> _byUse = new();

    public RecentMap(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
        _entries = new(comparer);
    }

    /// <summary>Every entry, most recently used first; reading them does not count as a use.</summary>
    public IEnumerable<KeyValuePair<TKey, TValue>> Entries => _byUse;

    /// <summary>The value of <paramref name="key"/>, which counts as a use of it.</summary>
    public bool TryGet(TKey key, out TValue value)
    {
        if (!_entries.TryGetValue(key, out var node))
        {
            value = default!;
            return false;
        }

        _byUse.Remove(node);
        _byUse.AddFirst(node);
        value = node.Value.Value;
        return true;
    }

    /// <summary>Adds a key not in the map yet, forgetting the least recently used entry when it is full.</summary>
    public void Add(TKey key, TValue value)
    {
        if (_entries.Count >= _capacity && _byUse.Last is { } oldest)
        {
            _byUse.RemoveLast();
            _entries.Remove(oldest.Value.Key);
        }

        _entries.Add(key, _byUse.AddFirst(new KeyValuePair<TKey, TValue>(key, value)));
    }
}
