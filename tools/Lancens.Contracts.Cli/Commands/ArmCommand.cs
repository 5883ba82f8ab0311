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
        var url = AdminClient.UrlOption();
        var adminKey = AdminClient.KeyOption();
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

    private static Task<int> RunAsync(Action action, ArmRequest request, string url, string? adminKey, CancellationToken cancellation) => action switch
    {
        Action.List => AdminClient.SendAsync(AdminRoutes.Arm, HttpMethod.Get, null, url, adminKey, cancellation),
        Action.Clear => AdminClient.SendAsync(AdminRoutes.Arm, HttpMethod.Delete, null, url, adminKey, cancellation),
        _ => AdminClient.SendAsync(AdminRoutes.Arm, HttpMethod.Post, JsonContent.Create(request, options: Json), url, adminKey, cancellation),
    };
}
