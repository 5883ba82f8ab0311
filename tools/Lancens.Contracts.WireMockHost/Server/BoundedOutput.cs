using System.Text;

namespace Lancens.Contracts.WireMockHost;

/// <summary>The most recent lines a child process printed, capped so a chatty process cannot grow memory.</summary>
internal sealed class BoundedOutput(int capacity = BoundedOutput.DefaultCapacity)
{
    public const int DefaultCapacity = 200 * 1024;

    private readonly StringBuilder text = new();
    private readonly Lock gate = new();

    public void AppendLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (gate)
        {
            text.Append(line).Append('\n');
            var excess = text.Length - capacity;
            if (excess > 0)
            {
                text.Remove(0, excess);
            }
        }
    }

    /// <summary>At most the last <paramref name="characters"/>, starting at a line start when one is in range.</summary>
    public string Tail(int characters)
    {
        lock (gate)
        {
            var start = Math.Max(0, text.Length - characters);
            var tail = text.ToString(start, text.Length - start);
            if (start == 0 || text[start - 1] == '\n')
            {
                return tail;
            }

            var lineEnd = tail.IndexOf('\n', StringComparison.Ordinal);
            return lineEnd >= 0 && lineEnd < tail.Length - 1 ? tail[(lineEnd + 1)..] : tail;
        }
    }

    public override string ToString()
    {
        lock (gate)
        {
            return text.ToString();
        }
    }
}
