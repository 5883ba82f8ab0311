using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;
using static Lancens.Contracts.ContractTests.Journeys.JourneyContext;

namespace Lancens.Contracts.ContractTests.Journeys;

/// <summary>The life of a session, deletes and clears, and the routes the spec does not have.</summary>
internal static class StateJourneys
{
    public static IEnumerable<Journey> All() =>
    [
        new("lifecycle", "login, register both kinds, query, update, delete one, clear, logout, and the old token is rejected", TargetNeeds.None, LifecycleAsync),
        new("delete-then-query", "after a delete through the registered push token, the query answers no data", TargetNeeds.None, DeleteThenQueryAsync),
        new("clear-when-empty", "clearing twice succeeds twice, and the query then answers no data", TargetNeeds.None, ClearWhenEmptyAsync),
        new("unknown-route", "methods and paths outside the spec answer the spec's unknown-route body", TargetNeeds.UnknownRouteAnswer, UnknownRouteAsync),
    ];

    private static async Task LifecycleAsync(JourneyContext context)
    {
        var actions = context.Actions;
        var (first, second) = (context.Resources[0], context.Resources[^1]);
        var session = await context.LoginAsync();
        foreach (var resource in context.Resources)
        {
            await context.StepAsync($"query {resource} right after login", session, actions.Query(resource), NoData);
        }

        var keys = context.Resources.ToDictionary(resource => resource, actions.NewKey);
        foreach (var resource in context.Resources)
        {
            await context.StepAsync($"register {resource}", session, actions.Register(resource, keys[resource]), Success, new Registration(resource, keys[resource]));
        }

        foreach (var resource in context.Resources)
        {
            await context.StepAsync($"query {resource} after registering", session, actions.Query(resource), Success);
        }

        var updated = actions.NewKey(first);
        await context.StepAsync($"update {first} through its serial", session, actions.Update(first, keys[first], updated), Success, new Registration(first, updated));
        await context.StepAsync($"delete {first} through its new serial", session, actions.DeleteOne(first, updated), Success);
        await context.StepAsync($"query {first} after deleting it", session, actions.Query(first), NoData);
        if (second != first)
        {
            await context.StepAsync($"query {second}, still registered", session, actions.Query(second), Success);
        }

        foreach (var resource in context.Resources)
        {
            await context.StepAsync($"clear {resource}", session, actions.Clear(resource), Success);
        }

        await context.StepAsync($"query {second} after clearing", session, actions.Query(second), NoData);
        await context.StepAsync("logout", session, actions.Logout(), Success);
        await context.StepAsync($"query {first} with the logged-out token", session, actions.Query(first), InvalidToken);
        await context.StepAsync("logout again with the same token", session, actions.Logout(), InvalidToken);
    }

    private static async Task DeleteThenQueryAsync(JourneyContext context)
    {
        var session = await context.LoginAsync();
        foreach (var resource in context.Resources)
        {
            var key = context.Actions.NewKey(resource);
            await context.StepAsync($"register {resource}", session, context.Actions.Register(resource, key), Success, new Registration(resource, key));
            await context.StepAsync($"delete {resource} through the registered push token", session, context.Actions.DeleteOne(resource, key), Success);
            await context.StepAsync($"query {resource} after deleting it", session, context.Actions.Query(resource), NoData);
        }
    }

    private static async Task ClearWhenEmptyAsync(JourneyContext context)
    {
        var session = await context.LoginAsync();
        foreach (var resource in context.Resources)
        {
            await context.StepAsync($"clear {resource}", session, context.Actions.Clear(resource), Success);
            await context.StepAsync($"clear {resource} again, with nothing registered", session, context.Actions.Clear(resource), Success);
            await context.StepAsync($"query {resource}", session, context.Actions.Query(resource), NoData);
        }
    }

    private static async Task UnknownRouteAsync(JourneyContext context)
    {
        var spec = context.Spec;
        var session = await context.LoginAsync();
        var known = spec.Operations[0];
        var unusedMethod = new[] { "PATCH", "OPTIONS", "PUT", "DELETE", "GET", "POST" }
            .First(method => spec.Operations.All(operation => operation.PathTemplate != known.PathTemplate || operation.Method.Method != method));
        var routes = new (string Method, string Path)[]
        {
            ("GET", $"{spec.BasePath}/no/such/route"),
            ("POST", "/"),
            (unusedMethod, known.PathTemplate.Replace("{", "x", StringComparison.Ordinal).Replace("}", "x", StringComparison.Ordinal)),
        };
        foreach (var (method, path) in routes)
        {
            var request = new ScenarioRequest(new HttpMethod(method), path, [new(spec.TokenHeader, RequestPlaceholders.Token)], null, null);
            var response = await context.Transport.SendAsync(request, session, context.CancellationToken);
            var expected = $"{spec.UnknownRoute.Status} {{\"message\":\"{spec.UnknownRoute.Message}\"}} as {MediaTypes.Json}";
            context.Expect(
                response.Status == spec.UnknownRoute.Status && response.Message == spec.UnknownRoute.Message && (response.ContentType ?? "").StartsWith(MediaTypes.Json, StringComparison.Ordinal),
                $"{method} {path}",
                expected,
                $"{response} as {response.ContentType ?? "no content type"}");
        }
    }
}
