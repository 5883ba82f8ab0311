using System.Net.Sockets;
using System.Text;

namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>
/// Whether a server answers yet: one GET over a plain socket, true at the first bytes of a status line, whatever the status.
/// A raw socket rather than HttpClient, so the first answer is not timed with this process's own first-use costs.
/// </summary>
internal static class HttpProbe
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(10);

    public static async Task<bool> AnswersAsync(Uri url, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(AnswerTimeout);
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(url.Host, url.Port, limit.Token);
            var request = Encoding.ASCII.GetBytes($"GET {url.PathAndQuery} HTTP/1.1\r\nHost: {url.Authority}\r\nConnection: close\r\n\r\n");
            await socket.SendAsync(request, SocketFlags.None, limit.Token);
            var buffer = new byte[8];
            var received = 0;
            while (received < buffer.Length)
            {
                var read = await socket.ReceiveAsync(buffer.AsMemory(received), SocketFlags.None, limit.Token);
                if (read == 0)
                {
                    break;
                }

                received += read;
            }

            return received >= 5 && buffer.AsSpan(0, 5).SequenceEqual("HTTP/"u8);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
