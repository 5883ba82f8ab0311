using System.Net;
using Lancens.Contracts.Cli.Commands;
using Lancens.Contracts.Generators.Catalog;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Cli.Serving;

/// <summary>What <c>serve</c> prints once the mock answers: where it is, and how QA drives it. The first line is what CI reads.</summary>
internal static class ReadyBanner
{
    public static void Print(TextWriter output, Workspace workspace, ServeSettings settings, Uri root, TimeSpan ready, string? caPemPath, string? faultHeaderAccepts = null)
    {
        var spec = workspace.Spec;
        var rootText = root.AbsoluteUri.TrimEnd('/');
        output.WriteLine(new ReadyLine(ready, new Uri(rootText + spec.BasePath)));
        var forcedExample = spec.ErrorCatalog.First(error => error.Trigger == ErrorTrigger.Forced);
        output.WriteLine($"  Force a documented error:  {MockControl.ErrorHeader}: <exact error text>   (e.g. {forcedExample.Message})");
        if (settings.Engine == ServeEngine.Mock)
        {
            output.WriteLine($"  Misbehave on the wire:     {MockControl.FaultHeader}: {MockFault.Accepted}");
            output.WriteLine($"  Without headers (a release build): {MockControl.ArmCommand(forcedExample)} --url {rootText}   (lancens arm --list | --clear)");
            output.WriteLine($"  QA console (arm, journal, accounts, clock): {AdminRoutes.Console.On(root)}");
            output.WriteLine($"  Expire tokens:             lancens clock --advance 31d --url {rootText}   (lancens clock --reset)");
            output.WriteLine($"  State of every account:    curl {AdminRoutes.Accounts.On(root)}");
            output.WriteLine($"  Request journal:           curl {AdminRoutes.Journal.On(root)}");
            output.WriteLine($"  Start over:                curl -X POST {AdminRoutes.Reset.On(root)}");
            output.WriteLine(settings.Accounts.Count == 0
                ? "  Accounts: any well-formed username and password logs in; the first login creates the account."
                : $"  Accounts: only {string.Join(", ", settings.Accounts.Select(account => account.Username))} (--account); any other answers the credentials error.");
        }
        else
        {
            var accepted = settings.Engine == ServeEngine.WireMockNet ? faultHeaderAccepts : string.Join(" | ", MockControl.PresetFaultValues);
            output.WriteLine($"  Misbehave on the wire:     {MockControl.FaultHeader}: {accepted}");
            output.WriteLine($"  Start over (logged in, nothing registered): curl -X POST {rootText}/__admin/scenarios/reset");
            output.WriteLine($"  Request journal:           {rootText}/__admin/requests");
            output.WriteLine("  Accounts: any well-formed account logs in and any token is valid until a logout; stubs keep no per-account memory.");
        }

        output.WriteLine($"  QA catalog:                {Catalog(workspace)}");
        output.WriteLine($"  Send it all (httpyac):     npx httpyac send {Path.GetFileName(CatalogGenerator.HttpyacFilePath)} --all --var baseUrl={rootText}{spec.BasePath}   (in docs/http, after npm ci)");
        if (caPemPath is not null)
        {
            output.WriteLine($"  HTTPS certificate authority to trust: {caPemPath}   (LANCENS_CA_CERT for the live suite)");
        }

        if (IPAddress.TryParse(settings.BindAddress, out var address) && !IPAddress.IsLoopback(address))
        {
            output.WriteLine($"WARNING: bound to {settings.BindAddress}: the mock is reachable from the network." +
                (settings.Engine == ServeEngine.Mock && settings.AdminKey is null ? " Its admin endpoints still answer loopback clients only (--admin-key opens them to whoever has the key)." : string.Empty));
        }

        output.WriteLine("Press Ctrl-C to stop.");
    }

    // The checkout's catalog, or the one the tool carries for the spec it was built with; another spec has none yet.
    private static string Catalog(Workspace workspace)
    {
        var root = workspace.Checkout?.Root ?? (workspace.Spec == ApiSpecification.Bundled ? AppContext.BaseDirectory : null);
        return root is not null && File.Exists(Path.Combine(root, CatalogGenerator.MarkdownPath))
            ? $"{Path.Combine(root, CatalogGenerator.MarkdownPath)}, its requests per client in {Path.Combine(root, CatalogGenerator.HttpDirectory)}"
            : "run `lancens generate` (with the same --spec) to write docs/errors.md and the .http requests for this spec";
    }
}
