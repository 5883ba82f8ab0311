using System.CommandLine;
using System.Net.Http.Json;
using System.Text.Json;
using Lancens.Contracts.MockServer.Control;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Cli.Commands;

/// <summary>
/// <c>lancens arm</c>: makes the running mock answer the next matching request(s) with a documented error or a fault,
/// for an app that cannot add the control headers (a release build). Talks to the engine's admin endpoint.
/// </summary>
internal static class ArmCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public static Command Create()
    {
        var error = new Option<string?>("--error") { Description = "The exact text of a documented error, e.g. \"push_token exist\"." };
        var fault = new Option<string?>("--fault") { Description = $"A fault instead: {MockFault.Accepted}." };
        var operation = new Option<string?>("--operation") { Description = "Only requests to this operationId (default: any operation that documents the error)." };
        var username = new Option<string?>("--username") { Description = "Only requests of this account." };
        var times = new Option<int>("--times") { Description = "How many matching requests get it.", DefaultValueFactory = _ => 1 };
        var list = new Option<bool>("--list") { Description = "List what is armed." };
        var clear = new Option<bool>("--clear") { Description = "Disarm everything." };
        var url = new Option<string>("--url") { Description = "The mock's root URL.", DefaultValueFactory = _ => $"http://{MockDefaults.BindAddress}:{MockDefaults.Port}" };
        var adminKey = new Option<string?>("--admin-key") { Description = "The key the mock was started with (serve --admin-key), if any." };
        var command = new Command("arm", "Make the running mock answer the next matching request(s) with a documented error or a fault; --list, --clear.")
        {
            error, fault, operation, username, times, list, clear, url, adminKey,
        };
        command.SetAction((result, cancellation) =>
        {
            var request = new ArmRequest(result.GetValue(error), result.GetValue(fault), result.GetValue(operation), result.GetValue(username), result.GetValue(times));
            var action = result.GetValue(list) ? Action.List : result.GetValue(clear) ? Action.Clear : Action.Arm;
            return RunAsync(action, request, result.GetValue(url)!, result.GetValue(adminKey), cancellation);
        });
        return command;
    }

    private enum Action
    {
        Arm,
        List,
        Clear,
    }

    private static async Task<int> RunAsync(Action action, ArmRequest request, string url, string? adminKey, CancellationToken cancellation)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var root) || root.Scheme is not ("http" or "https"))
        {
            Console.Error.WriteLine($"--url must be the mock's root URL, e.g. http://{MockDefaults.BindAddress}:{MockDefaults.Port}, not '{url}'.");
            return 64;
        }

        var endpoint = AdminRoutes.Arm.On(root);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
        if (adminKey is not null)
        {
            client.DefaultRequestHeaders.Add(MockControl.AdminKeyHeader, adminKey);
        }

        try
        {
            using var response = action switch
            {
                Action.List => await client.GetAsync(endpoint, cancellation),
                Action.Clear => await client.DeleteAsync(endpoint, cancellation),
                _ => await client.PostAsJsonAsync(endpoint, request, Json, cancellation),
            };
            var body = await response.Content.ReadAsStringAsync(cancellation);
            if (!response.IsSuccessStatusCode)
            {
                Console.Error.WriteLine(MessageOf(body) ?? $"{(int)response.StatusCode} {body}");
                return 1;
            }

            Console.WriteLine(body);
            return 0;
        }
        catch (HttpRequestException exception)
        {
            Console.Error.WriteLine($"No mock answered at {url} ({exception.Message}): start it with `lancens serve`, or pass its --url.");
            return 1;
        }
    }

    private static string? MessageOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("message", out var message) ? message.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
