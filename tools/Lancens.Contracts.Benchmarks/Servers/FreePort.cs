using System.Net;
using System.Net.Sockets;

namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>A loopback port nothing listens on right now, for a server that is told its port.</summary>
internal static class FreePort
{
    public static int Pick()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }
}
