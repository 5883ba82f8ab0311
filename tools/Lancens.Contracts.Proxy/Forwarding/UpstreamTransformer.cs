using Yarp.ReverseProxy.Forwarder;

namespace Lancens.Contracts.Proxy.Forwarding;

/// <summary>
/// What YARP changes on the way, and nothing more: every request header goes as sent except Host, which names the
/// upstream (its TLS name and virtual host), and no X-Forwarded-* header is added; every answer header comes back as
/// the upstream sent it (hop-by-hop headers aside, as HTTP requires of a proxy).
/// </summary>
internal sealed class UpstreamTransformer : HttpTransformer
{
    public static UpstreamTransformer Instance { get; } = new();

    public override async ValueTask TransformRequestAsync(Microsoft.AspNetCore.Http.HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
    {
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
        proxyRequest.Headers.Host = null;
    }
}
