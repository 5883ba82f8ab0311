using System.CommandLine;
using System.Runtime.InteropServices;
using Lancens.Contracts.Generators.Catalog;
using Lancens.Contracts.MockServer.Tls;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Loading;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.WireMockHost;

namespace Lancens.Contracts.Cli.Commands;

/// <summary><c>lancens serve</c>: WireMock on mocks/, until Ctrl-C.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The port to listen on (0 picks a free one).", DefaultValueFactory = _ => MockDefaults.Port };
        var bind = new Option<string>("--bind") { Description = "The address to listen on.", DefaultValueFactory = _ => MockDefaults.BindAddress };
        var https = new Option<bool>("--https") { Description = "Serve HTTPS only, with a throwaway certificate authority made for this run (its ca.pem is printed)." };
        var tlsDirectory = new Option<string?>("--tls-dir") { Description = "Where --https writes ca.pem and server.p12 (default: artifacts/tls)." };
        var journal = new Option<int>("--journal-entries") { Description = "How many requests WireMock's journal keeps for QA.", DefaultValueFactory = _ => MockDefaults.JournalEntries };
        var command = new Command("serve", "Serve the mock (WireMock on mocks/) until Ctrl-C; installs WireMock with npm ci on first use.")
        {
            port, bind, https, tlsDirectory, journal,
        };
        command.SetAction((result, cancellation) => RunAsync(
            result.GetValue(port), result.GetValue(bind)!, result.GetValue(https), result.GetValue(tlsDirectory), result.GetValue(journal), cancellation));
        return command;
    }

    private static async Task<int> RunAsync(int port, string bind, bool https, string? tlsDirectory, int journal, CancellationToken cancellation)
    {
        RepositoryLayout layout;
        ApiSpecification spec;
        try
        {
            layout = RepositoryLayout.Find();
            spec = ApiSpecification.Load(layout.SpecFile);
        }
        catch (Exception exception) when (exception is SpecificationException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine(exception.Message);
            return 2;
        }

        ThrowawayTls? tls = null;
        if (https)
        {
            var directory = Path.GetFullPath(tlsDirectory ?? Path.Combine(layout.Root, "artifacts", "tls"));
            Directory.CreateDirectory(directory);
            tls = ThrowawayCertificateAuthority.Create(directory);
        }

        Console.WriteLine($"Starting WireMock on {layout.MocksDirectory} ...");
        WireMockServer server;
        try
        {
            server = await WireMockServer.StartAsync(
                new WireMockOptions
                {
                    RootDirectory = layout.MocksDirectory,
                    BindAddress = bind,
                    Port = port,
                    Https = tls is null ? null : new HttpsEndpoint(tls.KeystorePath, tls.KeystorePassword, port),
                    MaxRequestJournalEntries = journal,
                },
                cancellation);
        }
        catch (WireMockException exception)
        {
            Console.Error.WriteLine(exception.Message);
            return 1;
        }

        await using (server)
        {
            PrintReady(layout, spec, server, tls);
            await WaitForStopAsync(cancellation);
            Console.WriteLine("Stopping WireMock ...");
        }

        return 0;
    }

    private static void PrintReady(RepositoryLayout layout, ApiSpecification spec, WireMockServer server, ThrowawayTls? tls)
    {
        var root = server.BaseUrl.AbsoluteUri.TrimEnd('/');
        Console.WriteLine($"Ready in {server.TimeToReady.TotalSeconds:0.00} s: {root}{spec.BasePath}");
        Console.WriteLine($"  Force a documented error:  {MockControl.ErrorHeader}: <exact error text>   (e.g. push_token exist)");
        Console.WriteLine($"  Misbehave on the wire:     {MockControl.FaultHeader}: {string.Join(" | ", MockControl.PresetFaultValues)}");
        Console.WriteLine($"  QA catalog:                {Path.Combine(layout.Root, CatalogGenerator.MarkdownPath)} and {Path.Combine(layout.Root, CatalogGenerator.HttpFilePath)}");
        Console.WriteLine($"  Start over (logged in, nothing registered): curl -X POST {root}/__admin/scenarios/reset");
        Console.WriteLine($"  Request journal (last requests): {root}/__admin/requests");
        if (tls is not null)
        {
            Console.WriteLine($"  HTTPS certificate authority to trust: {tls.CaCertificatePemPath}   (LANCENS_CA_CERT for the live suite)");
        }

        Console.WriteLine("Press Ctrl-C to stop.");
    }

    private static async Task WaitForStopAsync(CancellationToken cancellation)
    {
        var stop = new TaskCompletionSource();
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.TrySetResult();
        });
        using var registration = cancellation.Register(() => stop.TrySetResult());
        await stop.Task;
    }
}
