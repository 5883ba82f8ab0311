using Lancens.Contracts.Deviations;
using Lancens.Contracts.MockServer;
using Lancens.Contracts.Model;
using Lancens.Contracts.Tls;
using Microsoft.Extensions.Time.Testing;

namespace Lancens.Contracts.Proxy.Tests.Support;

/// <summary>
/// The engine served with HTTPS (a throwaway CA, two accounts, a clock the test moves), optionally with one deviation,
/// and the proxy in front of it trusting that CA: what a live run through the proxy looks like, on this machine.
/// </summary>
internal sealed class Rig : IAsyncDisposable
{
    public static readonly MockAccount First = new("proxy_user_one", "proxy-pass-1");
    public static readonly MockAccount Second = new("proxy_user_two", "proxy-pass-2");

    private Rig(LancensMock engine, LancensProxy proxy, ThrowawayTls tls, FakeTimeProvider clock, StringWriter console, string directory)
    {
        Engine = engine;
        Proxy = proxy;
        Tls = tls;
        Clock = clock;
        Console = console;
        Directory = directory;
    }

    public static ApiSpecification Spec => RepositorySpec.Specification;

    public LancensMock Engine { get; }

    public LancensProxy Proxy { get; }

    public ThrowawayTls Tls { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>What the proxy printed: a line per violation.</summary>
    public StringWriter Console { get; }

    /// <summary>Where the CA, the recording and the report are.</summary>
    public string Directory { get; }

    public string RecordPath => Path.Combine(Directory, "exchanges.har");

    public string ReportDirectory => Path.Combine(Directory, "report");

    public static async Task<Rig> StartAsync(Deviation? deviation = null, Func<LancensProxyOptions, LancensProxyOptions>? proxyOptions = null)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("lancens-proxy-").FullName;
        var tls = ThrowawayCertificateAuthority.Create(Path.Combine(directory, "tls"));
        // A clock at a real date, so the login's expiry is a plausible one; both sides read it.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
        var engineOptions = new LancensMockOptions { Https = tls, Accounts = [First, Second], Time = clock };
        if (deviation is { } broken)
        {
            engineOptions = DeviationCatalog.Apply(broken, Spec, engineOptions);
        }

        var engine = await LancensMock.StartAsync(engineOptions);
        var console = new StringWriter();
        var options = new LancensProxyOptions
        {
            Upstream = engine.BaseUrl,
            Spec = Spec,
            UpstreamCaCertificate = tls.CaCertificatePemPath,
            RecordPath = Path.Combine(directory, "exchanges.har"),
            ReportDirectory = Path.Combine(directory, "report"),
            Console = TextWriter.Synchronized(console),
            Time = clock,
        };
        var proxy = await LancensProxy.StartAsync(proxyOptions?.Invoke(options) ?? options);
        return new Rig(engine, proxy, tls, clock, console, directory);
    }

    /// <summary>A client of the proxy, as an app pointed at it.</summary>
    public HttpClient ProxyClient() => new(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = Proxy.RootUrl };

    /// <summary>A client of the engine itself, trusting its CA, as an app pointed at the host.</summary>
    public HttpClient DirectClient() => new(TlsTrust.Handler(Tls.CaCertificatePemPath)) { BaseAddress = Engine.RootUrl };

    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        await Engine.DisposeAsync();
    }
}
