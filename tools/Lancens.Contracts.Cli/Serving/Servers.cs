using System.Diagnostics;
using Lancens.Contracts.Cli.Commands;
using Lancens.Contracts.MockServer;
using Lancens.Contracts.Tls;
using Lancens.Contracts.WireMockHost;

namespace Lancens.Contracts.Cli.Serving;

/// <summary>Starts the engine <c>serve</c> was asked for, and answers where it listens and when it was ready.</summary>
internal static class Servers
{
    public sealed record Running(IAsyncDisposable Server, Uri Root, TimeSpan Ready);

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

        // From process start: what a user waits for, runtime start and spec loading included.
        return new Running(engine, engine.RootUrl, time.GetLocalNow().LocalDateTime - Process.GetCurrentProcess().StartTime);
    }
}
