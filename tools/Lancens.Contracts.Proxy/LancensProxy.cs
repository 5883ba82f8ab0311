using System.Diagnostics;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Lancens.Contracts.Hosting;
using Lancens.Contracts.Model;
using Lancens.Contracts.Proxy.Admin;
using Lancens.Contracts.Proxy.Evidence;
using Lancens.Contracts.Proxy.Forwarding;
using Lancens.Contracts.Proxy.Recording;
using Lancens.Contracts.Proxy.Reporting;
using Lancens.Contracts.Tls;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Yarp.ReverseProxy.Forwarder;

namespace Lancens.Contracts.Proxy;

/// <summary>
/// A reverse proxy in front of a real host, in process: <c>await using var proxy = await LancensProxy.StartAsync(options);</c>,
/// then point the client at <see cref="BaseUrl"/>. Every exchange is forwarded unchanged (YARP), then checked against
/// the spec, counted as evidence on the spec's assumptions, and recorded with every secret masked.
/// </summary>
public sealed class LancensProxy : IAsyncDisposable
{
    // How much of an answer the judge reads: this API answers a few hundred bytes; a larger body is judged by its start.
    private const int ResponseCapacity = 1024 * 1024;

    private readonly WebApplication _app;
    private readonly JudgingQueue _queue;
    private readonly ProxyRun _run;
    private readonly HarRecorder? _recorder;
    private readonly HttpMessageInvoker _upstream;
    private readonly LancensProxyOptions _options;

    private LancensProxy(WebApplication app, ApiSpecification spec, Uri rootUrl, Uri upstreamRoot, TimeSpan ready, JudgingQueue queue, ProxyRun run, HarRecorder? recorder, HttpMessageInvoker upstream, LancensProxyOptions options)
    {
        _app = app;
        Spec = spec;
        RootUrl = rootUrl;
        UpstreamRoot = upstreamRoot;
        TimeToReady = ready;
        _queue = queue;
        _run = run;
        _recorder = recorder;
        _upstream = upstream;
        _options = options;
    }

    public ApiSpecification Spec { get; }

    /// <summary>The proxy's root, e.g. <c>http://127.0.0.1:54321/</c>; its own endpoints live under <c>/__lancens/</c>.</summary>
    public Uri RootUrl { get; }

    /// <summary>Where clients point instead of the host, base path included, e.g. <c>http://127.0.0.1:54321/v1/api</c>.</summary>
    public Uri BaseUrl => new(RootUrl, Spec.BasePath);

    /// <summary>The upstream's root, where requests go with their path unchanged.</summary>
    public Uri UpstreamRoot { get; }

    public TimeSpan TimeToReady { get; }

    public static async Task<LancensProxy> StartAsync(LancensProxyOptions options, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var spec = options.Spec ?? ApiSpecification.Bundled;
        var upstreamRoot = RootOf(options.Upstream, spec);
        var address = IPAddress.TryParse(options.BindAddress, out var parsed)
            ? parsed
            : throw new ArgumentException($"The bind address must be an IP address, not '{options.BindAddress}'.", nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ExchangesKept);

        var handler = TlsTrust.Handler(options.UpstreamCaCertificate);
        handler.AllowAutoRedirect = false;
        handler.AutomaticDecompression = DecompressionMethods.None;
        handler.UseCookies = false;
        handler.ConnectTimeout = TimeSpan.FromSeconds(10);
        var upstream = new HttpMessageInvoker(handler);

        var recorder = options.RecordPath is { } record ? new HarRecorder(record, upstreamRoot, typeof(LancensProxy).Assembly.GetName().Version?.ToString(3) ?? "0") : null;
        var run = new ProxyRun(spec, upstreamRoot.AbsoluteUri, options.ExchangesKept, options.Time, options.Console, recorder);
        var queue = new JudgingQueue(
            exchange => run.Process(exchange),
            (exchange, exception) => options.Console?.WriteLine($"#{exchange.Number}: the proxy could not judge this exchange ({exception.GetType().Name}); it was forwarded as usual"));

        var builder = InProcessKestrel.CreateBuilder();
        builder.Services.AddLogging();
        builder.Services.AddHttpForwarder();
        var certificate = options.Https is { } https ? X509CertificateLoader.LoadPkcs12FromFile(https.KeystorePath, https.KeystorePassword) : null;
        InProcessKestrel.Listen(builder, address, options.Port, certificate);

        var app = builder.Build();
        var forwarding = new ForwardingStage(
            app.Services.GetRequiredService<IHttpForwarder>(),
            upstream,
            upstreamRoot.GetLeftPart(UriPartial.Authority),
            options.UpstreamTimeout,
            spec.RequestLimits.MaxBodyBytes + 1,
            ResponseCapacity,
            options.Time,
            queue.Reserve,
            queue.SubmitAsync);
        var admin = new ProxyAdmin(
            options.AdminKey,
            ProxyAdmin.Patience,
            queue.SettleAsync,
            run.Ledger.Snapshot,
            run.Ledger.Recent,
            () => WriteReport(options.ReportDirectory, spec, upstreamRoot, run.Ledger.Snapshot()));
        app.Run(context => ProxyAdmin.Owns(context.Request.Path) ? admin.HandleAsync(context) : forwarding.HandleAsync(context));
        await app.StartAsync(cancellationToken);
        return new LancensProxy(app, spec, InProcessKestrel.RootUrl(app, certificate is not null, address), upstreamRoot, Stopwatch.GetElapsedTime(started), queue, run, recorder, upstream, options);
    }

    /// <summary>
    /// The verdicts so far, once every exchange whose request arrived before the call is judged. An exchange still in
    /// flight is waited for (its upstream's answer, or <see cref="LancensProxyOptions.UpstreamTimeout"/>), as long as
    /// <paramref name="cancellationToken"/> allows: never a partial answer, an <see cref="OperationCanceledException"/> instead.
    /// </summary>
    public async Task<VerdictsSnapshot> VerdictsAsync(CancellationToken cancellationToken = default)
    {
        await _queue.SettleAsync(cancellationToken);
        return _run.Ledger.Snapshot();
    }

    /// <summary>The last exchanges, oldest first, masked, with what each showed; settled as <see cref="VerdictsAsync"/> is.</summary>
    public async Task<IReadOnlyList<ExchangeRecord>> ExchangesAsync(CancellationToken cancellationToken = default)
    {
        await _queue.SettleAsync(cancellationToken);
        return _run.Ledger.Recent(int.MaxValue);
    }

    /// <summary>Writes the drift report into the report folder now, settled as <see cref="VerdictsAsync"/> is; null when the proxy has none.</summary>
    public async Task<IReadOnlyList<string>?> WriteReportAsync(CancellationToken cancellationToken = default)
    {
        await _queue.SettleAsync(cancellationToken);
        return WriteReport(_options.ReportDirectory, Spec, UpstreamRoot, _run.Ledger.Snapshot());
    }

    /// <summary>Stops forwarding, judges what is left, closes the recording and writes the report.</summary>
    public async ValueTask DisposeAsync()
    {
        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await _app.StopAsync(grace.Token);
        }

        await _app.DisposeAsync();
        await _queue.DisposeAsync();
        WriteReport(_options.ReportDirectory, Spec, UpstreamRoot, _run.Ledger.Snapshot());

        _recorder?.Dispose();
        _upstream.Dispose();
    }

    /// <summary>The upstream's root: its base URL with the spec's base path taken off, so paths go through unchanged.</summary>
    internal static Uri RootOf(Uri upstream, ApiSpecification spec)
    {
        if (!upstream.IsAbsoluteUri || upstream.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"The upstream must be an http or https URL, not '{upstream}'.", nameof(upstream));
        }

        var path = upstream.AbsolutePath.TrimEnd('/');
        var root = path.EndsWith(spec.BasePath, StringComparison.Ordinal) ? path[..^spec.BasePath.Length] : path;
        return new UriBuilder(upstream) { Path = root + "/", Query = string.Empty, Fragment = string.Empty }.Uri;
    }

    // The drift report of what is judged so far, into the report folder; null when the proxy has none.
    private static IReadOnlyList<string>? WriteReport(string? directory, ApiSpecification spec, Uri upstreamRoot, VerdictsSnapshot snapshot) =>
        directory is null ? null : DriftReport.Write(directory, spec, snapshot, $"lancens proxy in front of {upstreamRoot.AbsoluteUri}");
}
