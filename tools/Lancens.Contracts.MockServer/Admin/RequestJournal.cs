namespace Lancens.Contracts.MockServer.Admin;

/// <summary>The most recent requests, bounded so memory stays flat however long the mock runs.</summary>
internal sealed class RequestJournal(int capacity, TimeProvider clock)
{
    private readonly Queue<JournalEntry> _entries = new();
    private readonly Lock _gate = new();
    private long _last;

    public void Add(string method, string path, int status, string answered, string decidedBy, string? operation)
    {
        if (capacity == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_entries.Count == capacity)
            {
                _entries.Dequeue();
            }

            _entries.Enqueue(new JournalEntry(++_last, clock.GetUtcNow(), method, path, status, answered, decidedBy, operation));
        }
    }

    /// <summary>What the engine did on its own, to stay within its bounds (an account forgotten, a session ended).</summary>
    public void Note(string what) => Add("-", "-", 0, what, "bound", null);

    /// <summary>Oldest first; only those numbered after <paramref name="after"/>.</summary>
    public IReadOnlyList<JournalEntry> Entries(long after = 0)
    {
        lock (_gate)
        {
            return [.. _entries.Where(entry => entry.Number > after)];
        }
    }

    /// <summary>Empties the journal; the numbers go on counting, so a reader never mistakes a new entry for one it saw.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}
