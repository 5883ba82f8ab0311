using System.Net.Sockets;
using System.Security.Cryptography;
using Lancens.Contracts.Model.Mocking;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;

namespace Lancens.Contracts.MockServer.Pipeline;

/// <summary>The connection faults of the mock-control protocol, done to the real connection the way a bad network or server would.</summary>
internal static class ConnectionFaults
{
    public static async Task BreakAsync(HttpContext context, ConnectionFault fault)
    {
        var socket = context.Features.Get<IConnectionSocketFeature>()?.Socket;
        switch (fault.Kind)
        {
            case ConnectionFaultKind.Reset:
                // A zero linger turns the close into a TCP reset.
                socket?.LingerState = new LingerOption(true, 0);
                break;
            case ConnectionFaultKind.Garbage:
                // Bytes with no HTTP status line, straight onto the socket (under TLS they break the record layer, as garbage would).
                if (socket is not null)
                {
                    await socket.SendAsync(RandomNumberGenerator.GetBytes(512), SocketFlags.None, context.RequestAborted);
                }

                break;
            case ConnectionFaultKind.MalformedChunk:
                // A 200 and the start of a chunked body, then the connection ends mid-chunk.
                context.Response.StatusCode = 200;
                context.Response.ContentType = Model.MediaTypes.Json;
                await context.Response.Body.WriteAsync("{\"message\":"u8.ToArray(), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                break;
            case ConnectionFaultKind.Empty:
                break;
        }

        context.Abort();
    }
}
