using System.Net;
using System.Net.Sockets;

namespace Lancens.Contracts.WireMockHost;

/// <summary>Asks the OS for an unused port; another process may take it before WireMock binds, so callers retry once.</summary>
internal static class FreePort
{
    public static int Pick(IPAddress address)
    {
        var listener = new TcpListener(address, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
