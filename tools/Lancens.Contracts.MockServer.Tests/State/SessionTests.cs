using System.Text.Json;
using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.State;

/// <summary>
/// Sessions, per account: login issues a fresh random token, only the live tokens this instance issued are valid,
/// logout ends exactly its token, and login and logout clear the account's push tokens.
/// </summary>
public sealed class SessionTests
{
    private static ApiSpecification Spec => TestSpec.Spec;

    public static TheoryData<string> HeaderTokenOperations =>
        [.. Spec.Operations.Where(operation => operation.Token == TokenPlacement.Header).Select(operation => operation.Id)];

    [Fact]
    public async Task Login_Twice_IssuesTwoFreshRandomTokens()
    {
        await using var engine = await Engine.StartAsync();

        var first = await engine.LoginAsync("alice");
        var second = await engine.Client.LoginAsync(first.Username, first.Password);

        var example = ExampleToken();
        first.Token.ShouldNotBe(second.Token);
        new[] { first.Token, second.Token }.ShouldAllBe(token => token != example && token.Length == example.Length);
        second.UserId.ShouldBe(first.UserId);
        foreach (var session in new[] { first, second })
        {
            (await engine.Client.QueryAsync(session, Spec.Resources[0])).ShouldBeError(Query(Spec.Resources[0]).Error(ErrorCategory.NoData));
        }
    }

    [Theory]
    [MemberData(nameof(HeaderTokenOperations))]
    public async Task Operation_TokenThisInstanceDidNotIssue_AnswersInvalidToken(string operationId)
    {
        var operation = Spec.Operation(operationId);
        await using var engine = await Engine.StartAsync();
        await using var other = await Engine.StartAsync();
        var live = await engine.LoginAsync("alice");
        var fromAnotherInstance = await other.Client.LoginAsync(live.Username, live.Password);
        var body = operation.Body is null ? null : ValidBody(operation);

        foreach (var token in new[] { fromAnotherInstance.Token, ExampleToken(), live.Token.ToUpperInvariant(), live.Token + "0" }.Where(token => token != live.Token))
        {
            (await engine.Client.SendAsync(operation, token, body, "serial")).ShouldBeError(operation.Error(ErrorCategory.InvalidToken));
        }
    }

    [Fact]
    public async Task Logout_OneOfTwoLogins_EndsExactlyThatToken()
    {
        await using var engine = await Engine.StartAsync();
        var ended = await engine.LoginAsync("alice");
        var kept = await engine.Client.LoginAsync(ended.Username, ended.Password);
        var logout = Spec.OperationFor(EffectAction.Logout);

        (await engine.Client.LogoutAsync(ended)).ShouldBeSuccess(logout);

        foreach (var operation in Spec.Operations.Where(operation => operation.Token == TokenPlacement.Header))
        {
            var body = operation.Body is null ? null : ValidBody(operation);
            (await engine.Client.SendAsync(operation, ended.Token, body, "serial")).ShouldBeError(operation.Error(ErrorCategory.InvalidToken));
        }

        (await engine.Client.LogoutAsync(ended)).ShouldBeError(logout.Error(ErrorCategory.InvalidToken));
        (await engine.Client.RegisterAsync(kept, Spec.Resources[0], "still-logged-in")).ShouldBeSuccess(Register(Spec.Resources[0]));
        engine.Mock.Accounts.ShouldHaveSingleItem().LiveSessions.ShouldBe(1);
    }

    [Fact]
    public async Task Logout_UsernameOfAnotherAccount_AnswersInvalidTokenAndEndsNothing()
    {
        await using var engine = await Engine.StartAsync();
        var alice = await engine.LoginAsync("alice");
        var bob = await engine.LoginAsync("bob");
        await engine.Client.RegisterAsync(alice, Spec.Resources[0], "alice-token");
        var logout = Spec.OperationFor(EffectAction.Logout);

        (await engine.Client.LogoutAsync(alice with { Username = bob.Username })).ShouldBeError(logout.Error(ErrorCategory.InvalidToken));

        (await engine.Client.QueryAsync(alice, Spec.Resources[0])).ShouldBeSuccess(Query(Spec.Resources[0]));
        engine.Mock.Accounts.Select(account => account.LiveSessions).ShouldBe([1, 1]);
    }

    [Fact]
    public async Task Login_AnotherLoginOfTheAccount_ClearsItsPushTokens()
    {
        await using var engine = await Engine.StartAsync();
        var first = await engine.LoginAsync("alice");
        await RegisterEveryResourceAsync(engine, first);

        await engine.Client.LoginAsync(first.Username, first.Password);

        await ShouldHaveNothingRegisteredAsync(engine, first);
    }

    [Fact]
    public async Task Logout_AnotherLoginOfTheAccount_ClearsItsPushTokens()
    {
        await using var engine = await Engine.StartAsync();
        var staying = await engine.LoginAsync("alice");
        var leaving = await engine.Client.LoginAsync(staying.Username, staying.Password);
        await RegisterEveryResourceAsync(engine, staying);

        (await engine.Client.LogoutAsync(leaving)).ShouldBeSuccess(Spec.OperationFor(EffectAction.Logout));

        await ShouldHaveNothingRegisteredAsync(engine, staying);
    }

    [Fact]
    public async Task Login_Answer_CarriesTheUserIdAndTheExpiryOfTheEngineClock()
    {
        var clock = new TestClock();
        await using var engine = await Engine.StartAsync(new LancensMockOptions { Time = clock });
        var login = Spec.OperationFor(EffectAction.Login);

        var answer = await engine.Client.TryLoginAsync(FieldValues.Username("alice"), FieldValues.Password("pw"));

        answer.ShouldBeSuccess(login);
        var json = answer.Json!.Value;
        var (expiryName, rule) = login.Success.Schema.Expiries.ShouldHaveSingleItem();
        json.GetProperty(expiryName).GetInt64().ShouldBe(rule.ValueAt(clock.GetUtcNow()));
        json.GetProperty(HostVerbs.LoginProperty(SessionPart.UserId)).GetInt64().ShouldBe(engine.Mock.Accounts.ShouldHaveSingleItem().UserId);
    }

    private static async Task RegisterEveryResourceAsync(Engine engine, Session session)
    {
        foreach (var resource in Spec.Resources)
        {
            (await engine.Client.RegisterAsync(session, resource, $"{resource}-token")).ShouldBeSuccess(Register(resource));
        }
    }

    private static async Task ShouldHaveNothingRegisteredAsync(Engine engine, Session session)
    {
        foreach (var resource in Spec.Resources)
        {
            (await engine.Client.QueryAsync(session, resource)).ShouldBeError(Query(resource).Error(ErrorCategory.NoData));
        }

        engine.Mock.Accounts.ShouldHaveSingleItem().Registrations.ShouldBeEmpty();
    }

    private static ApiOperation Register(string resource) => Spec.OperationFor(EffectAction.Register, resource);

    private static ApiOperation Query(string resource) => Spec.OperationFor(EffectAction.Query, resource);

    private static System.Text.Json.Nodes.JsonObject ValidBody(ApiOperation operation) => RequestBodies.For(operation, []);

    private static string ExampleToken()
    {
        var login = Spec.OperationFor(EffectAction.Login);
        using var example = JsonDocument.Parse(login.SuccessAnswer.Example.Json);
        return example.RootElement.GetProperty(HostVerbs.LoginProperty(SessionPart.Token)).GetString()!;
    }
}
