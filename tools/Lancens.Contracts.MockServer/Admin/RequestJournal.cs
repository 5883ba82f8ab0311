namespace Lancens.Contracts.MockServer.Admin;

/// <summary>The most recent requests, bounded so memory stays flat however long the mock runs.</summary>
internal sealed class RequestJournal(int capacity)
{
    private readonly Queue<JournalEntry> _entries = new();
    private readonly Lock _gate = new();

    public void Add(JournalEntry entry)
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

            _entries.Enqueue(entry);
        }
    }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<JournalEntry> Entries()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}
