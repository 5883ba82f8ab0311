using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>
/// The engine with the most answers it keeps armed on the query, each for an account no request of the runs is from:
/// every query then looks for one armed for its own account among them. The most is the engine's own bound, read from
/// its catalog, so the row keeps measuring the worst case whatever that bound becomes.
/// </summary>
internal static class ArmedQuery
{
    /// <returns>How many answers it armed (the catalog's maxArmed), and the uses of each (its maxTimes).</returns>
    public static async Task<(int Armed, int Times)> ArmAsync(Uri root, ApiOperation query, CancellationToken cancellationToken)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        var (most, times) = Bounds(await client.GetStringAsync(AdminRoutes.Catalog.On(root), cancellationToken));

        // A forced error is what QA arms; which one does not matter, since no request of the runs gets it.
        var error = query.Errors.OrderBy(candidate => candidate.Trigger != ErrorTrigger.Forced).FirstOrDefault()?.Message
            ?? throw new BenchmarkException($"{query.Id} documents no error to arm.");
        for (var n = 1; n <= most; n++)
        {
            var arm = new { error, operation = query.Id, username = Account(n), times };
            using var response = await client.PostAsJsonAsync(AdminRoutes.Arm.On(root), arm, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new BenchmarkException($"Arming {n} of {most} on {query.Id} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }
        }

        return (most, times);
    }

    /// <summary>How many answers are armed on the query with all their uses left: after the runs, still every one.</summary>
    public static async Task<int> UntouchedAsync(Uri root, ApiOperation query, int times, CancellationToken cancellationToken)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        using var listed = JsonDocument.Parse(await client.GetStringAsync(AdminRoutes.Arm.On(root), cancellationToken));
        return listed.RootElement.GetProperty("armed").EnumerateArray()
            .Count(armed => armed.GetProperty("operation").GetString() == query.Id && armed.GetProperty("remaining").GetInt32() == times);
    }

    /// <summary>The accounts armed for: none of them is a generated account's name.</summary>
    public static string Account(int n) => $"someone{n}";

    /// <summary>The catalog's maxArmed and maxTimes: how many answers the engine keeps armed at most, and how many uses each may have.</summary>
    /// <exception cref="BenchmarkException">Either is missing or below 1: not the catalog this benchmark was written for.</exception>
    public static (int MaxArmed, int MaxTimes) Bounds(string catalog)
    {
        using var document = JsonDocument.Parse(catalog);
        int Bound(string name) =>
            document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= 1
                ? number
                : throw new BenchmarkException($"The engine's catalog ({AdminRoutes.Catalog.Path}) has no {name} of 1 or more.");
        return (Bound("maxArmed"), Bound("maxTimes"));
    }
}
