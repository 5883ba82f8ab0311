namespace Lancens.Contracts.Proxy.Forwarding;

/// <summary>
/// Passes every byte through unchanged and keeps a copy of the first <c>capacity</c> of them, counting the rest: how
/// the proxy sees a body it streams, in either direction, without buffering it whole.
/// </summary>
internal sealed class CapturingStream(Stream inner, int capacity, bool reading) : Stream
{
    private readonly MemoryStream _copy = new();

    public byte[] Captured => _copy.ToArray();

    /// <summary>Every byte that passed, kept or not.</summary>
    public long Count { get; private set; }

    public override bool CanRead => reading && inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => !reading && inner.CanWrite;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        Keep(buffer.AsSpan(offset, read));
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Keep(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count)
    {
        Keep(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Reads what the forwarder left unread (an upstream that failed before the body), so the checks see it, up to the copy's capacity.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        while (_copy.Length < capacity && await ReadAsync(buffer, cancellationToken) > 0)
        {
        }
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        Count += bytes.Length;
        var room = capacity - (int)_copy.Length;
        if (room > 0)
        {
            _copy.Write(bytes[..Math.Min(room, bytes.Length)]);
        }
    }
}
