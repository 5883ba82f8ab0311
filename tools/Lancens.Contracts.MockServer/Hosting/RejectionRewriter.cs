using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;

namespace Lancens.Contracts.MockServer.Hosting;

/// <summary>
/// Kestrel answers a request it cannot parse (a NUL in the path, a broken request line or header, headers past the
/// limits) itself, before any application code runs, with an empty body. This connection middleware rewrites exactly
/// those answers, which alone start with an error status line and carry neither a body nor a content type, into the
/// spec's own (<c>x-lancens-request-limits</c>), so no client ever sees an answer the spec does not document.
/// </summary>
internal static class RejectionRewriter
{
    public static Func<ConnectionDelegate, ConnectionDelegate> Middleware(byte[] replacement) => next => connection =>
    {
        var transport = connection.Transport;
        connection.Transport = new DuplexPipe(transport.Input, new RewritingWriter(transport.Output, replacement));
        return next(connection);
    };

    /// <summary>The whole HTTP/1.1 answer that replaces Kestrel's: status line, headers and the JSON body.</summary>
    public static byte[] Answer(int status, string json)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(json);
        var head = $"HTTP/1.1 {status} {Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)}\r\n" +
                   $"Content-Type: {Model.MediaTypes.Json}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
        return [.. System.Text.Encoding.ASCII.GetBytes(head), .. body];
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }

    private sealed class RewritingWriter(PipeWriter inner, byte[] replacement) : PipeWriter
    {
        private Memory<byte> _last;

        public override void Advance(int bytes)
        {
            if (bytes > 0 && IsKestrelRejection(_last.Span[..bytes]))
            {
                inner.Advance(0);
                replacement.CopyTo(inner.GetSpan(replacement.Length));
                inner.Advance(replacement.Length);
                return;
            }

            inner.Advance(bytes);
        }

        public override Memory<byte> GetMemory(int sizeHint = 0) => _last = inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => (_last = inner.GetMemory(sizeHint)).Span;

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

        public override ValueTask<FlushResult> WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default) =>
            IsKestrelRejection(source.Span) ? inner.WriteAsync(replacement, cancellationToken) : inner.WriteAsync(source, cancellationToken);

        // "HTTP/1.1 4xx" or "5xx" with "Content-Length: 0" and no Content-Type: the engine's own answers always carry one.
        private static bool IsKestrelRejection(ReadOnlySpan<byte> written) =>
            written.Length > 12
            && written.StartsWith("HTTP/1.1 "u8)
            && written[9] is (byte)'4' or (byte)'5'
            && HeadOf(written).IndexOf("\r\nContent-Length: 0\r\n"u8) >= 0
            && HeadOf(written).IndexOf("\r\nContent-Type:"u8) < 0;

        private static ReadOnlySpan<byte> HeadOf(ReadOnlySpan<byte> written)
        {
            var end = written.IndexOf("\r\n\r\n"u8);
            return end < 0 ? written : written[..(end + 2)];
        }
    }
}
