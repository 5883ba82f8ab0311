using System.Diagnostics;
using Lancens.Contracts.Cli.Commands;
using Lancens.Contracts.MockServer;
using Lancens.Contracts.Tls;
using Lancens.Contracts.WireMockHost;
using Lancens.Contracts.WireMockNet;
using WireMock.Settings;
using WireMockNetServer = WireMock.Server.WireMockServer;

namespace Lancens.Contracts.Cli.Serving;

/// <summary>Starts the engine <c>serve</c> was asked for, and answers where it listens and when it was ready.</summary>
internal static class Servers
{
    /// <param name="FaultHeaderAccepts">What the fault header accepts, when the server offers less than the engine; null for the engine's.</param>
    public sealed record Running(IAsyncDisposable Server, Uri Root, TimeSpan Ready, string? FaultHeaderAccepts = null);

    public static async Task<Running> StartAsync(Workspace workspace, ServeSettings settings, ThrowawayTls? tls, TimeProvider time, CancellationToken cancellation)
    {
        if (settings.Engine == ServeEngine.WireMock && workspace.Checkout is { } checkout)
        {
            var wireMock = await WireMockServer.StartAsync(
                new WireMockOptions
                {
                    RootDirectory = checkout.MocksDirectory,
                    BindAddress = settings.BindAddress,
                    Port = settings.Port,
                    Https = tls is null ? null : new HttpsEndpoint(tls.KeystorePath, tls.KeystorePassword, settings.Port),
                    MaxRequestJournalEntries = settings.JournalEntries,
                },
                cancellation);
            return new Running(wireMock, wireMock.BaseUrl, wireMock.TimeToReady);
        }

        if (settings.Engine == ServeEngine.WireMockNet)
        {
            var served = WireMockNetServing.Start(workspace, settings, tls);
            return new Running(served, served.Root, SinceProcessStart(time), served.Api.FaultHeaderAccepts);
        }

        var engine = await LancensMock.StartAsync(
            new LancensMockOptions
            {
                Spec = workspace.Spec,
                BindAddress = settings.BindAddress,
                Port = settings.Port,
                Https = tls,
                Accounts = settings.Accounts,
                AdminKey = settings.AdminKey,
                JournalEntries = settings.JournalEntries,
                Bounds = settings.Bounds,
            },
            cancellation);
        return new Running(engine, engine.RootUrl, SinceProcessStart(time));
    }

    // From process start: what a user waits for, runtime start and spec loading included.
    private static TimeSpan SinceProcessStart(TimeProvider time) => time.GetLocalNow().LocalDateTime - Process.GetCurrentProcess().StartTime;

    /// <summary>WireMock.Net in this process, serving the Lancens stubs alone: every unknown route gets the spec's answer; its admin API under <c>/__admin/</c>.</summary>
    private sealed class WireMockNetServing(WireMockNetServer server, LancensApi api) : IAsyncDisposable
    {
        public LancensApi Api => api;

        public Uri Root => new(server.Url!);

        public static WireMockNetServing Start(Workspace workspace, ServeSettings settings, ThrowawayTls? tls)
        {
            var scheme = tls is null ? "http" : "https";
            var host = settings.BindAddress.Contains(':', StringComparison.Ordinal) ? $"[{settings.BindAddress}]" : settings.BindAddress;
            var server = WireMockNetServer.Start(new WireMockServerSettings
            {
                Urls = [$"{scheme}://{host}:{settings.Port}"],
                StartAdminInterface = true,
                MaxRequestLogCount = settings.JournalEntries,
                CertificateSettings = tls is null ? null : new WireMockCertificateSettings { X509CertificateFilePath = tls.KeystorePath, X509CertificatePassword = tls.KeystorePassword },
            });
            return new WireMockNetServing(server, server.AddLancensApi(new LancensApiOptions { Spec = workspace.Spec, UnknownRoutes = UnknownRoutes.Everywhere }));
        }

        public ValueTask DisposeAsync()
        {
            server.Stop();
            server.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
