using System.CommandLine;
using Lancens.Contracts.Cli.Serving;
using Lancens.Contracts.MockServer;
using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.Model.Loading;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Tls;
using Lancens.Contracts.WireMockHost;

namespace Lancens.Contracts.Cli.Commands;

/// <summary><c>lancens serve</c>: the mock, until Ctrl-C: the stateful engine by default, stock WireMock on mocks/ or WireMock.Net stubs on request.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var engine = new Option<string>("--engine") { Description = "mock: the stateful engine (no Java); wiremock: stock WireMock on the generated mocks/; wiremock-net: WireMock.Net stubs in this process (no Java).", DefaultValueFactory = _ => "mock" };
        engine.AcceptOnlyFromAmong("mock", "wiremock", "wiremock-net");
        var port = new Option<int>("--port") { Description = "The port to listen on (0 picks a free one).", DefaultValueFactory = _ => MockDefaults.Port };
        var bind = new Option<string>("--bind") { Description = "The address to listen on; anything but loopback makes the mock reachable from the network.", DefaultValueFactory = _ => MockDefaults.BindAddress };
        var https = new Option<bool>("--https") { Description = "Serve HTTPS only, with a throwaway certificate authority made for this run (its ca.pem is printed)." };
        var tlsDirectory = new Option<string?>("--tls-dir") { Description = "Where --https writes ca.pem and server.p12 (default: artifacts/tls in a checkout, else lancens/tls in the user's local application data)." };
        var specFile = new Option<string?>("--spec") { Description = "Serve this copy of the spec (an edited one, a regional variant) instead of the checkout's or the one this build carries." };
        var journal = new Option<int>("--journal-entries") { Description = "How many requests the journal keeps for QA.", DefaultValueFactory = _ => MockDefaults.JournalEntries };
        var accounts = new Option<string[]>("--account") { Description = "USER:PASSWORD of an account that may log in (repeatable; shows in ps: prefer --accounts or LANCENS_ACCOUNTS for real passwords); without any, any well-formed account logs in.", AllowMultipleArgumentsPerToken = false };
        var accountsFile = new Option<string?>("--accounts") { Description = $"A file of accounts that may log in, one USER:PASSWORD a line (# for comments); {AccountSources.Variable} may hold the same lines." };
        var maxAccounts = new Option<int>("--max-accounts") { Description = "How many accounts the engine remembers at most; past it the least recently used one without a live session is forgotten.", DefaultValueFactory = _ => StoreBounds.DefaultMaxAccounts };
        var maxSessions = new Option<int>("--max-sessions") { Description = "How many live sessions one account keeps at most; past it its oldest ends.", DefaultValueFactory = _ => StoreBounds.DefaultMaxSessionsPerAccount };
        var adminKey = AdminClient.KeyOption($"Open the admin endpoints ({MockControl.AdminPrefix}) to anyone who sends this key in {MockControl.AdminKeyHeader}; without it they answer loopback clients only. Shows in ps: prefer {AdminClient.KeyVariable}, its default.");
        var command = new Command("serve", "Serve the mock until Ctrl-C: the stateful engine by default, stock WireMock on mocks/ (--engine wiremock, which needs Java), or WireMock.Net stubs (--engine wiremock-net).")
        {
            engine, specFile, port, bind, https, tlsDirectory, journal, accounts, accountsFile, maxAccounts, maxSessions, adminKey,
        };
        command.SetAction((result, cancellation) =>
        {
            var chosen = result.GetValue(engine) switch
            {
                "wiremock" => ServeEngine.WireMock,
                "wiremock-net" => ServeEngine.WireMockNet,
                _ => ServeEngine.Mock,
            };
            IReadOnlyList<MockAccount> parsedAccounts;
            try
            {
                parsedAccounts = AccountSources.Read(result.GetValue(accounts) ?? [], result.GetValue(accountsFile), Environment.GetEnvironmentVariable(AccountSources.Variable));
            }
            catch (FormatException exception)
            {
                Console.Error.WriteLine(exception.Message);
                return Task.FromResult(64);
            }

            var settings = new ServeSettings(
                chosen,
                result.GetValue(port),
                result.GetValue(bind)!,
                result.GetValue(https),
                result.GetValue(tlsDirectory),
                result.GetValue(journal),
                parsedAccounts,
                result.GetValue(adminKey),
                new StoreBounds(result.GetValue(maxAccounts), result.GetValue(maxSessions)));
            return RunAsync(settings, result.GetValue(specFile), cancellation);
        });
        return command;
    }

    private static async Task<int> RunAsync(ServeSettings settings, string? specFile, CancellationToken cancellation)
    {
        if (settings.Bounds.MaxAccounts < 1 || settings.Bounds.MaxSessionsPerAccount < 1)
        {
            Console.Error.WriteLine("--max-accounts and --max-sessions must be at least 1.");
            return 64;
        }

        if (settings.Engine != ServeEngine.Mock && (settings.Accounts.Count > 0 || settings.AdminKey is not null))
        {
            Console.Error.WriteLine($"--account, --accounts and --admin-key (or {AccountSources.Variable} and {AdminClient.KeyVariable}) need the engine: WireMock's stubs keep no accounts, and WireMock has its own admin API.");
            return 64;
        }

        Workspace workspace;
        try
        {
            workspace = Workspace.Resolve(specFile);
        }
        catch (SpecificationException exception)
        {
            Console.Error.WriteLine(exception.Message);
            return 2;
        }

        if (settings.Engine == ServeEngine.WireMock && workspace.Checkout is null)
        {
            Console.Error.WriteLine("--engine wiremock serves the generated mocks/ of a Lancens.Contracts checkout, with the WireMock it installs (Node.js 20 and npm, Java 17): run it inside one. The engine needs neither.");
            return 2;
        }

        ThrowawayTls? tls = null;
        if (settings.Https)
        {
            tls = ThrowawayCertificateAuthority.Create(Path.GetFullPath(settings.TlsDirectory ?? workspace.DefaultTlsDirectory));
        }

        using var stop = new StopSignal();
        Console.WriteLine((settings.Engine, workspace.Checkout) switch
        {
            (ServeEngine.WireMock, { } checkout) => $"Starting WireMock on {checkout.MocksDirectory} ...",
            (ServeEngine.WireMockNet, _) => $"Starting WireMock.Net with the stubs of {workspace.SpecDescription} ...",
            _ => $"Starting the engine on {workspace.SpecDescription} ...",
        });
        Servers.Running running;
        try
        {
            running = await Servers.StartAsync(workspace, settings, tls, TimeProvider.System, cancellation);
        }
        catch (Exception exception) when (exception is WireMockException or IOException or InvalidOperationException or ArgumentException)
        {
            // A taken port, a spec the engine cannot serve, a missing Java: one line that says which.
            Console.Error.WriteLine(exception.Message);
            return 1;
        }

        await using (running.Server)
        {
            ReadyBanner.Print(Console.Out, workspace, settings, running.Root, running.Ready, tls?.CaCertificatePemPath, running.FaultHeaderAccepts);
            await stop.Stopped;
            Console.WriteLine("Stopping ...");
        }

        return 0;
    }
}
