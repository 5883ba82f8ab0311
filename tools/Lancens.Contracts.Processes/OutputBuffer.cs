using System.Text;

namespace Lancens.Contracts.Processes;

internal enum OutputStream
{
    StandardOutput,
    StandardError,
}

/// <summary>
/// The most recent lines a child process printed on both streams, in arrival order, capped so a chatty process cannot
/// grow memory.
/// </summary>
/// <remarks>Whole lines are dropped from the front; each line counts its text plus one newline against the capacity.</remarks>
internal sealed class OutputBuffer
{
    private readonly int _capacity;
    private readonly Queue<(OutputStream Stream, string Text)> _lines = new();
    private readonly Lock _gate = new();
    private int _length;

    public OutputBuffer(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        _capacity = capacity;
    }

    /// <param name="line">Null marks the end of a stream and is ignored.</param>
    public void Add(OutputStream stream, string? line)
    {
        if (line is null)
        {
            return;
        }

        // A line longer than the whole buffer keeps its end, where a stack trace's cause or a summary usually is.
        var kept = line.Length < _capacity ? line : line[^(_capacity - 1)..];
        lock (_gate)
        {
            _lines.Enqueue((stream, kept));
            _length += kept.Length + 1;
            while (_length > _capacity)
            {
                _length -= _lines.Dequeue().Text.Length + 1;
            }
        }
    }

    /// <summary>Every kept line of <paramref name="stream"/>, or of both streams when null, each ending in a newline.</summary>
    public string Text(OutputStream? stream = null)
    {
        var text = new StringBuilder();
        lock (_gate)
        {
            foreach (var line in _lines.Where(line => stream is null || line.Stream == stream))
            {
                text.Append(line.Text).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The last lines that fit in <paramref name="characters"/>; the end of the last line when not even it fits.</summary>
    public string Tail(int characters)
    {
        (OutputStream Stream, string Text)[] kept;
        lock (_gate)
        {
            kept = [.. _lines];
        }

        var first = kept.Length;
        var total = 0;
        while (first > 0 && total + kept[first - 1].Text.Length + 1 <= characters)
        {
            total += kept[--first].Text.Length + 1;
        }

        if (first == kept.Length && kept.Length > 0)
        {
            var last = kept[^1].Text + "\n";
            return last[^Math.Min(characters, last.Length)..];
        }

        return string.Concat(kept[first..].Select(line => line.Text + "\n"));
    }
}
