using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lancens.Contracts.Hosting;

/// <summary>
/// Kestrel as the engine and the proxy run it, inside someone else's process (a test run, the CLI): an empty builder, one
/// address, HTTP/1.1, HTTPS when a certificate is given, limits generous enough that whatever a client sends reaches the
/// pipeline and gets the spec's answer.
/// </summary>
public static class InProcessKestrel
{
    /// <summary>
    /// An empty builder: no configuration sources, so no appsettings.json or ASPNETCORE_ variable of the host process can
    /// add endpoints or change the answers, and no logging providers; and a lifetime that never takes the host's signals.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton<IHostLifetime, InProcessLifetime>();
        return builder;
    }

    /// <summary>Listens on <paramref name="address"/> and <paramref name="port"/> (0 for a free one); <paramref name="connection"/> adds to the connection's pipeline.</summary>
    public static void Listen(WebApplicationBuilder builder, IPAddress address, int port, X509Certificate2? certificate, Action<ListenOptions>? connection = null) =>
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The body limit that matters is the spec's, enforced by the pipeline, not Kestrel's.
            kestrel.Limits.MaxRequestBodySize = 16 * 1024 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 1024 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 1000;
            kestrel.Limits.MaxRequestLineSize = 64 * 1024;
            kestrel.Listen(address, port, listen =>
            {
                listen.Protocols = HttpProtocols.Http1;
                if (certificate is not null)
                {
                    listen.UseHttps(certificate);
                }

                connection?.Invoke(listen);
            });
        });

    /// <summary>The started server's root, e.g. <c>http://127.0.0.1:54321/</c>; a wildcard bind is reached through loopback.</summary>
    public static Uri RootUrl(WebApplication app, bool https, IPAddress address)
    {
        var listening = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var port = new Uri(listening.Replace("[::]", "localhost", StringComparison.Ordinal)).Port;
        var host = address.Equals(IPAddress.Any) ? IPAddress.Loopback : address.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback : address;
        return new UriBuilder(https ? "https" : "http", host.ToString(), port).Uri;
    }

    // The server runs inside someone else's process, so it never takes that process's signals: the default console
    // lifetime would swallow a Ctrl-C or SIGTERM meant for the host and stop only the server. Whoever starts it stops it.
    private sealed class InProcessLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
