using Lancens.Contracts.Scenarios;
using static Lancens.Contracts.ContractTests.Journeys.JourneyContext;

namespace Lancens.Contracts.ContractTests.Journeys;

/// <summary>
/// What logins and logouts do to what the host remembers (the assumptions session-clears-push-tokens,
/// token-after-logout, registrations-per-account, login-response-time and token-expiry).
/// </summary>
internal static class SessionJourneys
{
    public static IEnumerable<Journey> All() =>
    [
        new("login-clears-push-tokens", "a new login deletes the account's push tokens, whichever login registered them", TargetNeeds.None, LoginClearsAsync),
        new("logout-clears-push-tokens", "a logout deletes the account's push tokens, also for its other logins", TargetNeeds.IssuedTokens, LogoutClearsAsync),
        new("logout-ends-that-token", "a logout ends exactly its token: another login of the account keeps working", TargetNeeds.IssuedTokens, LogoutEndsThatTokenAsync),
        new("logins-share-records", "two logins of one account see the same registrations", TargetNeeds.ValueMemory, LoginsShareAsync),
        new("accounts-are-isolated", "two accounts never see each other's registrations", TargetNeeds.ValueMemory | TargetNeeds.SecondAccount, AccountsAreIsolatedAsync),
        new("login-answer-is-plausible", "login answers an integer user id and an expiry as the spec states it", TargetNeeds.None, LoginAnswerAsync),
        new("token-expires", "after the target's clock passes a token's expiry, the token answers invalid token and a new login works", TargetNeeds.MovableClock | TargetNeeds.IssuedTokens, TokenExpiresAsync),
    ];

    private static async Task LoginClearsAsync(JourneyContext context)
    {
        var first = await context.LoginAsync();
        await RegisterEveryResourceAsync(context, first);
        var second = await context.LoginAsync();
        foreach (var resource in context.Resources)
        {
            await context.StepAsync($"query {resource} with the new login", second, context.Actions.Query(resource), NoData);
            await context.StepAsync($"query {resource} with the earlier login, still valid", first, context.Actions.Query(resource), NoData);
        }
    }

    private static async Task LogoutClearsAsync(JourneyContext context)
    {
        var staying = await context.LoginAsync();
        var leaving = await context.LoginAsync();
        await RegisterEveryResourceAsync(context, staying);
        await context.StepAsync("log the other login out", leaving, context.Actions.Logout(), Success);
        foreach (var resource in context.Resources)
        {
            await context.StepAsync($"query {resource} with the login that stayed", staying, context.Actions.Query(resource), NoData);
        }
    }

    private static async Task LogoutEndsThatTokenAsync(JourneyContext context)
    {
        var staying = await context.LoginAsync();
        var leaving = await context.LoginAsync();
        var resource = context.Resources[0];
        await context.StepAsync("log one login out", leaving, context.Actions.Logout(), Success);
        await context.StepAsync($"query {resource} with the token that logged out", leaving, context.Actions.Query(resource), InvalidToken);
        await context.StepAsync("log out again with that token", leaving, context.Actions.Logout(), InvalidToken);
        await context.StepAsync($"query {resource} with the other login", staying, context.Actions.Query(resource), NoData);

        // The token of one account with the name of another: it ends nothing.
        var stranger = staying with { Username = context.Actions.NewAccount().Username };
        await context.StepAsync("log out with the other login's token under another username", stranger, context.Actions.Logout(), InvalidToken);
        await context.StepAsync($"query {resource} with the other login, still valid", staying, context.Actions.Query(resource), NoData);
    }

    private static async Task LoginsShareAsync(JourneyContext context)
    {
        var first = await context.LoginAsync();
        var second = await context.LoginAsync();
        foreach (var resource in context.Resources)
        {
            var key = context.Actions.NewKey(resource);
            var register = context.Actions.Register(resource, key);
            await context.StepAsync($"register {resource} with the first login", first, register, Success, new Registration(resource, key));
            await RecordJourneys.ExpectRecordAsync(context, second, resource, SentBody(register.Request, first), $"query {resource} with the second login");
        }
    }

    private static async Task AccountsAreIsolatedAsync(JourneyContext context)
    {
        var one = await context.LoginAsync();
        var other = await context.LoginAsync(context.SecondAccount);
        context.Expect(one.UserId != other.UserId, "log both accounts in", "two different user ids", $"{one.UserId} and {other.UserId}");
        foreach (var resource in context.Resources)
        {
            var key = context.Actions.NewKey(resource);
            var register = context.Actions.Register(resource, key);
            await context.StepAsync($"register {resource} with the first account", one, register, Success, new Registration(resource, key));
            await context.StepAsync($"query {resource} with the second account", other, context.Actions.Query(resource), NoData);
            var otherKey = context.Actions.NewKey(resource);
            var otherRegister = context.Actions.Register(resource, otherKey);
            await context.StepAsync($"register {resource} with the second account", other, otherRegister, Success, new Registration(resource, otherKey));
            await RecordJourneys.ExpectRecordAsync(context, one, resource, SentBody(register.Request, one), $"query {resource} with the first account: its own record");
            await RecordJourneys.ExpectRecordAsync(context, other, resource, SentBody(otherRegister.Request, other), $"query {resource} with the second account: its own record");
        }
    }

    private static async Task LoginAnswerAsync(JourneyContext context)
    {
        var account = context.SuiteAccount;
        var session = new LoginSession(account.Username, account.Password, string.Empty);
        var login = context.Actions.Login();
        var answeredAt = context.Time.GetUtcNow();
        var answer = await context.StepAsync("log in", session, login, Success);
        var schema = login.Operation.Success.Schema;
        foreach (var (name, rule) in schema.Expiries)
        {
            var value = answer.Property(name);
            var number = value is { ValueKind: System.Text.Json.JsonValueKind.Number } element && element.TryGetInt64(out var parsed) ? parsed : (long?)null;
            context.Expect(number is { } n && rule.IsPlausible(n, answeredAt), $"login's {name}", rule.ToString(), value?.GetRawText() ?? "no value");
        }

        if (context.Spec.LoginAnswer.UserIdProperty is { } idProperty)
        {
            context.Expect(answer.Property(idProperty) is { ValueKind: System.Text.Json.JsonValueKind.Number } id && id.TryGetInt64(out _), $"login's {idProperty}", "an integer user id", answer.Property(idProperty)?.GetRawText() ?? "no value");
        }
    }

    private static async Task TokenExpiresAsync(JourneyContext context)
    {
        var rule = context.Spec.LoginAnswer.TokenExpiry ?? throw new InvalidOperationException("the spec's login answers no expiry, so no token expires");
        var resource = context.Resources[0];
        var expiring = await context.LoginAsync();
        await context.StepAsync($"query {resource} with a new token", expiring, context.Actions.Query(resource), NoData);
        try
        {
            // Past the latest expiry the rule allows, whatever the target's own "about a month".
            await context.TargetClock.AdvanceAsync(TimeSpan.FromDays(rule.AfterDays + rule.ToleranceDays + 1), context.CancellationToken);
            await context.StepAsync($"query {resource} with the token after its expiry", expiring, context.Actions.Query(resource), InvalidToken);
            await context.StepAsync("log out with the token after its expiry", expiring, context.Actions.Logout(), InvalidToken);
            var renewed = await context.LoginAsync();
            await context.StepAsync($"query {resource} with the token of a new login", renewed, context.Actions.Query(resource), NoData);
        }
        finally
        {
            await context.TargetClock.ResetAsync(context.CancellationToken);
        }
    }

    private static async Task RegisterEveryResourceAsync(JourneyContext context, LoginSession session)
    {
        foreach (var resource in context.Resources)
        {
            var key = context.Actions.NewKey(resource);
            await context.StepAsync($"register {resource}", session, context.Actions.Register(resource, key), Success, new Registration(resource, key));
        }
    }
}
