using System.Text.Json;
using System.Text.Json.Serialization;
using Lancens.Contracts.MockServer.Control;
using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.Model.Mocking;
using Microsoft.AspNetCore.Http;

namespace Lancens.Contracts.MockServer.Admin;

/// <summary>
/// The engine's own endpoints, all under <see cref="Prefix"/>: reset, arm (list, add, clear), the state of every account,
/// and the request journal. Every answer is JSON; errors use the API's <c>{"message": ...}</c> shape.
/// </summary>
internal sealed class AdminEndpoints(AdminGuard guard, IAccountStore store, ArmedAnswers armed, RequestJournal journal)
{
    public const string Prefix = MockControl.AdminPrefix;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static bool Owns(PathString path) => path.StartsWithSegments(Prefix.TrimEnd('/'), StringComparison.Ordinal);

    /// <summary>Everything <c>reset</c> forgets: logins, registrations, armed answers and the journal.</summary>
    public void Reset()
    {
        store.Reset();
        armed.Clear();
        journal.Clear();
    }

    public async Task HandleAsync(HttpContext context)
    {
        var name = context.Request.Path.Value?[(Prefix.Length - 1)..].Trim('/') ?? string.Empty;
        var method = context.Request.Method;
        var route = AdminRoutes.All.FirstOrDefault(candidate => candidate.Name == name && candidate.Methods.Contains(method));
        if (route == AdminRoutes.Health)
        {
            await WriteAsync(context, 200, new { message = "ready" });
            return;
        }

        if (guard.Refusal(context) is { } refusal)
        {
            await WriteAsync(context, 403, new { message = refusal });
            return;
        }

        if (route == AdminRoutes.Reset)
        {
            Reset();
            await WriteAsync(context, 200, new { message = "reset: no logins, registrations, armed answers or journal entries remain" });
        }
        else if (route == AdminRoutes.Accounts)
        {
            await WriteAsync(context, 200, new { accounts = store.Snapshot() });
        }
        else if (route == AdminRoutes.Journal)
        {
            await WriteAsync(context, 200, new { requests = journal.Entries() });
        }
        else if (route == AdminRoutes.Arm)
        {
            await ArmAsync(context, method);
        }
        else
        {
            await WriteAsync(context, 404, new { message = $"no admin endpoint {method} {Prefix}{name}; there are {string.Join(", ", AdminRoutes.All)}" });
        }
    }

    private async Task ArmAsync(HttpContext context, string method)
    {
        if (method == HttpMethods.Get)
        {
            await WriteAsync(context, 200, new { armed = armed.List() });
            return;
        }

        if (method == HttpMethods.Delete)
        {
            armed.Clear();
            await WriteAsync(context, 200, new { message = "nothing is armed" });
            return;
        }

        ArmRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<ArmRequest>(context.Request.Body, Json, context.RequestAborted);
        }
        catch (JsonException exception)
        {
            await WriteAsync(context, 400, new { message = $"arm takes a JSON object {{error|fault, operation?, username?, times?}}: {exception.Message}" });
            return;
        }

        try
        {
            await WriteAsync(context, 201, new { armed = armed.Arm(request ?? new ArmRequest()) });
        }
        catch (ArgumentException exception)
        {
            await WriteAsync(context, 400, new { message = exception.Message });
        }
    }

    private static Task WriteAsync<T>(HttpContext context, int status, T body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = Model.MediaTypes.Json;
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }
}
