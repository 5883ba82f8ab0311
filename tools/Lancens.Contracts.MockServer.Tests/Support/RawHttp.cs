using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace Lancens.Contracts.MockServer.Tests.Support;

/// <summary>
/// HTTP/1.1 over a bare socket, for requests HttpClient refuses to send (a NUL in the path, bytes a header may not
/// hold, a broken chunked body): the request goes out byte for byte, and the answer's status line, headers and body
/// are parsed here.
/// </summary>
internal static class RawHttp
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <param name="endSending">Half-closes the connection after the request, for bodies that stop short.</param>
    public static async Task<ApiAnswer> SendAsync(Uri root, byte[] request, bool endSending = false)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Limit);
        using var client = new TcpClient(AddressFamily.InterNetwork) { NoDelay = true };
        await client.ConnectAsync(root.Host, root.Port, timeout.Token);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(request, timeout.Token);
            if (endSending)
            {
                client.Client.Shutdown(SocketShutdown.Send);
            }
        }
        catch (IOException)
        {
            // A server may refuse a request (too many headers) and close before reading all of it; its answer is
            // still there to read, and when it is not, reading says so.
        }

        return await ReadAnswerAsync(stream, timeout.Token);
    }

    /// <summary>Reads one answer: the head up to its blank line, then the body by Content-Length, chunks, or to the end.</summary>
    public static async Task<ApiAnswer> ReadAnswerAsync(Stream stream, CancellationToken cancellationToken)
    {
        var received = new List<byte>();
        var buffer = new byte[16 * 1024];
        int headEnd;
        while ((headEnd = IndexOf(received, "\r\n\r\n"u8)) < 0)
        {
            if (!await ReadMoreAsync(stream, buffer, received, cancellationToken))
            {
                throw new IOException($"the connection closed before a whole head arrived: {Printable(received)}");
            }
        }

        var head = Encoding.Latin1.GetString(received.GetRange(0, headEnd).ToArray()).Split("\r\n");
        var statusLine = head[0].Split(' ', 3);
        if (statusLine.Length < 2 || !statusLine[0].StartsWith("HTTP/1.", StringComparison.Ordinal)
            || !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            throw new FormatException($"not an HTTP status line: {head[0]}");
        }

        var headers = head.Skip(1).Select(line => line.Split(':', 2)).Where(pair => pair.Length == 2)
            .ToLookup(pair => pair[0].Trim(), pair => pair[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = received.GetRange(headEnd + 4, received.Count - headEnd - 4);
        if (headers["Content-Length"].FirstOrDefault() is { } lengthText)
        {
            var length = int.Parse(lengthText, CultureInfo.InvariantCulture);
            while (body.Count < length && await ReadMoreAsync(stream, buffer, body, cancellationToken))
            {
            }

            body = body.GetRange(0, Math.Min(length, body.Count));
        }
        else
        {
            while (await ReadMoreAsync(stream, buffer, body, cancellationToken))
            {
            }

            if (headers["Transfer-Encoding"].Any(value => value.Contains("chunked", StringComparison.OrdinalIgnoreCase)))
            {
                body = Dechunked(body);
            }
        }

        var mediaType = headers["Content-Type"].FirstOrDefault() is { } contentType && MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            ? parsed.MediaType
            : null;
        return new ApiAnswer(status, mediaType, Encoding.UTF8.GetString([.. body]));
    }

    private static async Task<bool> ReadMoreAsync(Stream stream, byte[] buffer, List<byte> into, CancellationToken cancellationToken)
    {
        var read = await stream.ReadAsync(buffer, cancellationToken);
        into.AddRange(buffer.AsSpan(0, read));
        return read > 0;
    }

    private static List<byte> Dechunked(List<byte> chunked)
    {
        var body = new List<byte>();
        var at = 0;
        while (true)
        {
            var lineEnd = IndexOf(chunked.GetRange(at, chunked.Count - at), "\r\n"u8);
            if (lineEnd < 0)
            {
                return body;
            }

            var size = int.Parse(Encoding.ASCII.GetString([.. chunked.GetRange(at, lineEnd)]).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                return body;
            }

            body.AddRange(chunked.GetRange(at + lineEnd + 2, size));
            at += lineEnd + 2 + size + 2;
        }
    }

    private static int IndexOf(List<byte> bytes, ReadOnlySpan<byte> pattern) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes).IndexOf(pattern);

    private static string Printable(List<byte> bytes) => Encoding.Latin1.GetString([.. bytes.Take(200)]);
}
