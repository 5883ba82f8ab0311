namespace Lancens.Contracts.Model.Mocking;

/// <summary>The ways a mock breaks the connection instead of answering (the fault header's values other than a delay).</summary>
public enum ConnectionFaultKind
{
    /// <summary>A TCP reset before any answer.</summary>
    Reset,

    /// <summary>The connection closes without an answer.</summary>
    Empty,

    /// <summary>Random bytes with no HTTP status line, then the connection closes.</summary>
    Garbage,

    /// <summary>A 200 status, then a broken chunked body.</summary>
    MalformedChunk,
}

/// <param name="Effect">What the client sees, in words.</param>
public sealed record ConnectionFault(ConnectionFaultKind Kind, string Effect)
{
    /// <summary>The fault header's value, e.g. <c>malformed-chunk</c>.</summary>
    public string Value => SpecWords.Of(Kind);

    public override string ToString() => Value;
}
