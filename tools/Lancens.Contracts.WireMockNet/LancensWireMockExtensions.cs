using Lancens.Contracts.Model;
using Lancens.Contracts.WireMockNet.Stubs;
using WireMock.Server;

namespace Lancens.Contracts.WireMockNet;

/// <summary>Adds the Lancens user API to a WireMock.Net server that may already have stubs of its own.</summary>
public static class LancensWireMockExtensions
{
    /// <summary>
    /// Registers every documented response of the spec as stubs on <paramref name="server"/>: successes, natural errors in
    /// the spec's validation order, the no-data answers through a WireMock.Net scenario, forced errors and delays through
    /// the mock-control headers, unknown routes. The server's own stubs win where they match the same request (WireMock.Net's
    /// default priority, 0, comes before every stub here). Stubs keep no per-account memory: any token is valid until a
    /// logout, and a query answers the spec's example record.
    /// </summary>
    /// <exception cref="ArgumentException">The base path is not a path.</exception>
    public static LancensApi AddLancensApi(this WireMockServer server, LancensApiOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        options ??= new LancensApiOptions();
        var bundled = options.Spec ?? ApiSpecification.Bundled;
        var spec = options.BasePath is { } basePath ? bundled.ServedUnder(basePath) : bundled;
        var mappings = new StubRegistrar(server, spec, options.Time).Register(new ApiStubs(spec, options.UnknownRoutes, options.Time).All());
        return new LancensApi(server, spec, mappings);
    }
}
