using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lancens.Contracts.Hosting;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Proxy.Evidence;
using Microsoft.AspNetCore.Http;

namespace Lancens.Contracts.Proxy.Admin;

/// <summary>
/// The proxy's own endpoints under <see cref="MockControl.AdminPrefix"/> (<see cref="AdminRoutes.Proxy"/>): health, the
/// verdicts, the last exchanges, the report on demand. They answer loopback clients only, or, with an admin key, whoever
/// sends it; nothing under the prefix is ever forwarded, so the upstream's own admin endpoints stay out of reach. Each
/// answers once every exchange whose request arrived before it is judged; when one is still in flight after
/// <paramref name="patience"/>, it answers 503 and says so, never a partial count as if it were all.
/// </summary>
/// <param name="settle">Waits until every exchange whose request arrived before the call is judged.</param>
/// <param name="report">Writes the drift report; null when the proxy has no report folder.</param>
internal sealed class ProxyAdmin(
    string? adminKey,
    TimeSpan patience,
    Func<CancellationToken, Task> settle,
    Func<VerdictsSnapshot> verdicts,
    Func<int, IReadOnlyList<ExchangeRecord>> exchanges,
    Func<IReadOnlyList<string>?> report)
{
    /// <summary>How long an admin request waits for exchanges in flight: a client polling it gets an answer while the upstream takes its time.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private readonly AdminGuard _guard = new(adminKey, "proxy's endpoints", "it");

    public static bool Owns(PathString path) => path.StartsWithSegments(MockControl.AdminPrefix.TrimEnd('/'), StringComparison.Ordinal);

    public async Task HandleAsync(HttpContext context)
    {
        var name = context.Request.Path.Value?[(MockControl.AdminPrefix.Length - 1)..].TrimStart('/') ?? string.Empty;
        var route = AdminRoutes.Proxy.FirstOrDefault(candidate => candidate.Name == name && candidate.Methods.Contains(context.Request.Method));
        if (route == AdminRoutes.Health)
        {
            await WriteAsync(context, 200, new { message = "ready" });
            return;
        }

        if (_guard.Refusal(context) is { } refusal)
        {
            await WriteAsync(context, 403, new { message = refusal });
        }
        else if (route is null)
        {
            await WriteAsync(context, 404, new { message = $"no proxy endpoint {context.Request.Method} {MockControl.AdminPrefix}{name}; there are {string.Join(", ", AdminRoutes.Proxy)}" });
        }
        else if (!await SettledAsync(context))
        {
            await WriteAsync(context, 503, new { message = $"exchanges still in flight after {patience.TotalSeconds:0.#} s (the upstream has not answered them yet); ask again" });
        }
        else if (route == AdminRoutes.Verdicts)
        {
            await WriteAsync(context, 200, verdicts());
        }
        else if (route == AdminRoutes.Exchanges)
        {
            var limit = int.TryParse(context.Request.Query["limit"], out var asked) && asked > 0 ? asked : int.MaxValue;
            await WriteAsync(context, 200, new { exchanges = exchanges(limit) });
        }
        else if (route == AdminRoutes.Report)
        {
            var files = report();
            if (files is null)
            {
                await WriteAsync(context, 409, new { message = "the proxy was started without a report folder (--report DIR)" });
            }
            else
            {
                await WriteAsync(context, 201, new { message = "written", files });
            }
        }
        else
        {
            throw new UnreachableException($"the proxy endpoint {route} has no handler");
        }
    }

    // Whether every exchange that arrived before this request is judged within the patience.
    private async Task<bool> SettledAsync(HttpContext context)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        waiting.CancelAfter(patience);
        try
        {
            await settle(waiting.Token);
            return true;
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            return false;
        }
    }

    private static Task WriteAsync<T>(HttpContext context, int status, T body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = Model.MediaTypes.Json;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }
}
