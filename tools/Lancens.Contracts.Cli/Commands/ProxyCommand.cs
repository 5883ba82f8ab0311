using System.CommandLine;
using Lancens.Contracts.Cli.Serving;
using Lancens.Contracts.Model.Loading;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Proxy;
using Lancens.Contracts.Tls;

namespace Lancens.Contracts.Cli.Commands;

/// <summary>
/// <c>lancens proxy</c>: a reverse proxy an app (or the contract suite) points at instead of the host, until Ctrl-C:
/// every exchange forwarded unchanged, checked against the spec, counted as evidence on its assumptions, optionally
/// recorded; the drift report on stop.
/// </summary>
internal static class ProxyCommand
{
    /// <summary>Beside serve's default port, so the mock and the proxy can run side by side.</summary>
    public const int DefaultPort = MockDefaults.Port + 1;

    public static Command Create()
    {
        var upstream = new Option<string>("--upstream") { Description = "The host to forward to: its base URL (e.g. https://weixin.lancens.com:6443/v1/api) or its root.", Required = true };
        var port = new Option<int>("--port") { Description = "The port to listen on (0 picks a free one).", DefaultValueFactory = _ => DefaultPort };
        var bind = new Option<string>("--bind") { Description = "The address to listen on; anything but loopback makes the proxy reachable from the network (a phone on the same Wi-Fi).", DefaultValueFactory = _ => MockDefaults.BindAddress };
        var caCert = new Option<string?>("--ca-cert") { Description = "A PEM file of extra certificate authorities to trust for the upstream (as LANCENS_CA_CERT); the upstream's certificate is always verified." };
        var record = new Option<string?>("--record") { Description = "Append every exchange to this HAR 1.2 file, every password, token and reflash_key replaced by a placeholder." };
        var report = new Option<string?>("--report") { Description = "Where the drift report (markdown and HTML) goes on stop and on POST /__lancens/report (default: artifacts/proxy-report in a checkout, else ./lancens-proxy-report)." };
        var https = new Option<bool>("--https") { Description = "Serve HTTPS only, with a throwaway certificate authority made for this run (its ca.pem is printed), so a phone can point at it." };
        var tlsDirectory = new Option<string?>("--tls-dir") { Description = "Where --https writes ca.pem and server.p12." };
        var specFile = new Option<string?>("--spec") { Description = "Judge by this copy of the spec instead of the checkout's or the one this build carries." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds the upstream may stay silent before the client gets 504.", DefaultValueFactory = _ => 60 };
        var exchanges = new Option<int>("--exchanges") { Description = $"How many exchanges {AdminRoutes.Exchanges.Path} keeps.", DefaultValueFactory = _ => MockDefaults.JournalEntries };
        var adminKey = AdminClient.KeyOption($"Open the proxy's endpoints ({MockControl.AdminPrefix}) to anyone who sends this key in {MockControl.AdminKeyHeader}; without it they answer loopback clients only. Shows in ps: prefer {AdminClient.KeyVariable}, its default.");
        var command = new Command("proxy", "Forward an app's traffic to the real host unchanged, check every exchange against the spec, and turn it into assumption verdicts, until Ctrl-C.")
        {
            upstream, port, bind, caCert, record, report, https, tlsDirectory, specFile, timeout, exchanges, adminKey,
        };
        command.SetAction((result, cancellation) =>
        {
            if (!Uri.TryCreate(result.GetValue(upstream), UriKind.Absolute, out var upstreamUrl) || upstreamUrl.Scheme is not ("http" or "https"))
            {
                Console.Error.WriteLine($"--upstream must be the host's URL, e.g. https://weixin.lancens.com:6443/v1/api, not '{result.GetValue(upstream)}'.");
                return Task.FromResult(64);
            }

            if (result.GetValue(timeout) < 1 || result.GetValue(exchanges) < 0)
            {
                Console.Error.WriteLine("--timeout must be at least 1 second and --exchanges at least 0.");
                return Task.FromResult(64);
            }

            return RunAsync(result, upstreamUrl, new Names(port, bind, caCert, record, report, https, tlsDirectory, specFile, timeout, exchanges, adminKey), cancellation);
        });
        return command;
    }

    private sealed record Names(Option<int> Port, Option<string> Bind, Option<string?> CaCert, Option<string?> Record, Option<string?> Report, Option<bool> Https, Option<string?> TlsDirectory, Option<string?> Spec, Option<int> Timeout, Option<int> Exchanges, Option<string?> AdminKey);

    private static async Task<int> RunAsync(ParseResult result, Uri upstream, Names names, CancellationToken cancellation)
    {
        Workspace workspace;
        try
        {
            workspace = Workspace.Resolve(result.GetValue(names.Spec));
        }
        catch (SpecificationException exception)
        {
            Console.Error.WriteLine(exception.Message);
            return 2;
        }

        if (result.GetValue(names.CaCert) is { } ca && !File.Exists(ca))
        {
            Console.Error.WriteLine($"--ca-cert {ca}: no such file.");
            return 64;
        }

        var tls = result.GetValue(names.Https) ? ThrowawayCertificateAuthority.Create(Path.GetFullPath(result.GetValue(names.TlsDirectory) ?? workspace.DefaultTlsDirectory)) : null;
        var reportDirectory = Path.GetFullPath(result.GetValue(names.Report)
            ?? (workspace.Checkout is { } checkout ? Path.Combine(checkout.Root, "artifacts", "proxy-report") : "lancens-proxy-report"));
        using var stop = new StopSignal();
        LancensProxy proxy;
        try
        {
            proxy = await LancensProxy.StartAsync(
                new LancensProxyOptions
                {
                    Upstream = upstream,
                    Spec = workspace.Spec,
                    BindAddress = result.GetValue(names.Bind)!,
                    Port = result.GetValue(names.Port),
                    Https = tls,
                    UpstreamCaCertificate = result.GetValue(names.CaCert),
                    UpstreamTimeout = TimeSpan.FromSeconds(result.GetValue(names.Timeout)),
                    RecordPath = result.GetValue(names.Record),
                    ReportDirectory = reportDirectory,
                    ExchangesKept = result.GetValue(names.Exchanges),
                    AdminKey = result.GetValue(names.AdminKey),
                    Console = TextWriter.Synchronized(Console.Out),
                },
                cancellation);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or ArgumentException or System.Security.Cryptography.CryptographicException)
        {
            Console.Error.WriteLine(exception.Message);
            return 1;
        }

        await using (proxy)
        {
            var root = proxy.RootUrl.AbsoluteUri.TrimEnd('/');
            Console.WriteLine(new ReadyLine(proxy.TimeToReady, proxy.BaseUrl));
            Console.WriteLine($"  Forwarding to:  {proxy.UpstreamRoot.AbsoluteUri.TrimEnd('/')} (certificates verified{(result.GetValue(names.CaCert) is { } extra ? $", also trusting {extra}" : string.Empty)})");
            Console.WriteLine($"  Verdicts:       curl {AdminRoutes.Verdicts.On(proxy.RootUrl)}   (lancens verdicts --url {root})");
            Console.WriteLine($"  Exchanges:      curl {AdminRoutes.Exchanges.On(proxy.RootUrl)}");
            Console.WriteLine($"  Drift report:   {reportDirectory} on stop, or curl -X POST {AdminRoutes.Report.On(proxy.RootUrl)}");
            if (result.GetValue(names.Record) is { } recording)
            {
                Console.WriteLine($"  Recording:      {Path.GetFullPath(recording)} (HAR 1.2, secrets masked)");
            }

            if (tls is not null)
            {
                Console.WriteLine($"  HTTPS certificate authority to trust: {tls.CaCertificatePemPath}");
            }

            if (System.Net.IPAddress.TryParse(result.GetValue(names.Bind), out var address) && !System.Net.IPAddress.IsLoopback(address))
            {
                Console.WriteLine($"WARNING: bound to {result.GetValue(names.Bind)}: the proxy, and through it the upstream, is reachable from the network." +
                    (result.GetValue(names.AdminKey) is null ? " Its own endpoints still answer loopback clients only (--admin-key opens them to whoever has the key)." : string.Empty));
            }

            Console.WriteLine("  A line per violation follows (client: what the request got wrong; host: what the answer got wrong). Press Ctrl-C to stop.");
            await stop.Stopped;
            Console.WriteLine("Stopping ...");
        }

        Console.WriteLine($"Drift report: {Path.Combine(reportDirectory, "drift-report.md")} and .html");
        return 0;
    }
}
