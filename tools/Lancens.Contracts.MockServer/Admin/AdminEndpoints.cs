using Lancens.Contracts.Hosting;
using Lancens.Contracts.MockServer.Control;
using Lancens.Contracts.MockServer.Hosting;
using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.Model.Mocking;
using Microsoft.AspNetCore.Http;

namespace Lancens.Contracts.MockServer.Admin;

/// <summary>
/// The engine's own endpoints, all under <see cref="Prefix"/> (<see cref="AdminRoutes"/>): the console page, reset, arm
/// (list, add, clear), the accounts, the journal, the clock and the catalog. Every answer but the page is JSON; errors use
/// the API's <c>{"message": ...}</c> shape.
/// </summary>
internal sealed class AdminEndpoints(AdminGuard guard, IAccountStore store, ArmedAnswers armed, RequestJournal journal, EngineClock clock, object catalog)
{
    public const string Prefix = MockControl.AdminPrefix;

    /// <summary>The most accounts one page lists: a shared mock may remember thousands.</summary>
    public const int MaxPage = 1000;

    private const int DefaultPage = 100;

    private readonly ClockEndpoint _clock = new(clock);

    public static bool Owns(PathString path) => path.StartsWithSegments(Prefix.TrimEnd('/'), StringComparison.Ordinal);

    /// <summary>Everything <c>reset</c> forgets: logins, registrations, armed answers and the journal; the clock goes back to real time.</summary>
    public void Reset()
    {
        store.Reset();
        armed.Clear();
        journal.Clear();
        clock.Reset();
    }

    public async Task HandleAsync(HttpContext context)
    {
        var name = context.Request.Path.Value?[(Prefix.Length - 1)..].TrimStart('/') ?? string.Empty;
        var method = context.Request.Method;
        var route = AdminRoutes.All.FirstOrDefault(candidate => candidate.Name == name && candidate.Methods.Contains(method));
        if (route == AdminRoutes.Health)
        {
            await AdminJson.MessageAsync(context, 200, "ready");
            return;
        }

        // The page holds no data: behind a key it loads for anyone and asks for the key; without one, loopback only.
        var isPage = method == HttpMethods.Get && ConsolePage.Owns(name);
        if (!(isPage && guard.HasKey) && guard.Refusal(context) is { } refusal)
        {
            // Behind a key, the refusal names the header the key goes in: the console learns it here, where it is first
            // needed, rather than keeping a copy of its own.
            await AdminJson.WriteAsync(context, 403, new { message = refusal, keyHeader = guard.HasKey ? AdminGuard.KeyHeader : null });
            return;
        }

        if (isPage)
        {
            await ConsolePage.ServeAsync(context, name);
        }
        else if (route == AdminRoutes.Reset)
        {
            Reset();
            await AdminJson.MessageAsync(context, 200, "reset: no logins, registrations, armed answers or journal entries remain; the clock is real time");
        }
        else if (route == AdminRoutes.Accounts)
        {
            await AccountsAsync(context);
        }
        else if (route == AdminRoutes.Journal)
        {
            await JournalAsync(context);
        }
        else if (route == AdminRoutes.Arm)
        {
            await ArmAsync(context, method);
        }
        else if (route == AdminRoutes.Clock)
        {
            await _clock.HandleAsync(context);
        }
        else if (route == AdminRoutes.Catalog)
        {
            await AdminJson.WriteAsync(context, 200, catalog);
        }
        else
        {
            await AdminJson.MessageAsync(context, 404, $"no admin endpoint {method} {Prefix}{name}; there are {string.Join(", ", AdminRoutes.All)}");
        }
    }

    // One page at a time: ?offset=0&limit=100 (at most 1000).
    private async Task AccountsAsync(HttpContext context)
    {
        if (AdminJson.Number(context, "offset", 0) is not { } offset || AdminJson.Number(context, "limit", DefaultPage) is not { } limit || limit > MaxPage)
        {
            await AdminJson.MessageAsync(context, 400, $"accounts takes ?offset=N&limit=N, whole numbers, limit at most {MaxPage} (default {DefaultPage})");
            return;
        }

        var page = store.Snapshot((int)Math.Min(offset, int.MaxValue), (int)limit);
        await AdminJson.WriteAsync(context, 200, new { total = page.Total, offset = page.Offset, limit, accounts = page.Accounts });
    }

    // ?after=N: only the entries numbered after N, so a live view asks for what is new.
    private async Task JournalAsync(HttpContext context)
    {
        if (AdminJson.Number(context, "after", 0) is not { } after)
        {
            await AdminJson.MessageAsync(context, 400, "journal takes ?after=N, the number of the last entry seen");
            return;
        }

        await AdminJson.WriteAsync(context, 200, new { requests = journal.Entries(after) });
    }

    private async Task ArmAsync(HttpContext context, string method)
    {
        if (method == HttpMethods.Get)
        {
            await AdminJson.WriteAsync(context, 200, new { armed = armed.List() });
            return;
        }

        if (method == HttpMethods.Delete)
        {
            armed.Clear();
            await AdminJson.MessageAsync(context, 200, "nothing is armed");
            return;
        }

        var (request, problem) = await AdminJson.ReadAsync<ArmRequest>(context);
        if (problem is not null)
        {
            await AdminJson.MessageAsync(context, 400, $"arm takes a JSON object {{error|fault, operation?, username?, times?}}: {problem}");
            return;
        }

        try
        {
            await AdminJson.WriteAsync(context, 201, new { armed = armed.Arm(request ?? new ArmRequest()) });
        }
        catch (ArgumentException exception)
        {
            await AdminJson.MessageAsync(context, 400, exception.Message);
        }
    }
}
