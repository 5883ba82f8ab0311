using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>
/// The engine with the most answers it keeps armed on the query, each for an account no request of the runs is from:
/// every query then looks for one armed for its own account among them. The most is the engine's own bound, read from
/// its catalog, so the row keeps measuring the worst case whatever that bound becomes.
/// </summary>
internal static class ArmedQuery
{
    /// <returns>The answers armed, as the engine lists them, and the uses of each (the catalog's maxTimes).</returns>
    /// <exception cref="BenchmarkException">The engine refused one, or lists other than the catalog's maxArmed.</exception>
    public static async Task<(int Armed, int Times)> ArmAsync(Uri root, ApiOperation query, CancellationToken cancellationToken)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        var (most, times) = Bounds(await client.GetStringAsync(AdminRoutes.Catalog.On(root), cancellationToken));

        // A forced error is what QA arms; which one does not matter, since no request of the runs gets it.
        var error = query.Errors.OrderBy(candidate => candidate.Trigger != ErrorTrigger.Forced).FirstOrDefault()?.Message
            ?? throw new BenchmarkException($"{query.Id} documents no error to arm.");
        for (var n = 1; n <= most; n++)
        {
            using var response = await client.PostAsJsonAsync(AdminRoutes.Arm.On(root), new { error, operation = query.Id, username = Account(n), times }, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new BenchmarkException($"Arming {n} of {most} on {query.Id} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }
        }

        using var listed = JsonDocument.Parse(await client.GetStringAsync(AdminRoutes.Arm.On(root), cancellationToken));
        var armed = listed.RootElement.GetProperty("armed").EnumerateArray()
            .Count(answer => answer.GetProperty("operation").GetString() == query.Id && answer.GetProperty("remaining").GetInt32() == times);
        return armed == most ? (armed, times) : throw new BenchmarkException($"The engine lists {armed} answers armed on {query.Id}, not the {most} armed.");
    }

    /// <summary>The accounts armed for: no generated account has such a name.</summary>
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
