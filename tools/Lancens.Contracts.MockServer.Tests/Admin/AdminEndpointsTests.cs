using Lancens.Contracts.MockServer.Control;
using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Admin;

/// <summary>
/// The admin endpoints over HTTP, from a loopback client: reset, arm (list, add, clear), accounts and journal, all
/// answering JSON; unknown ones answer 404 JSON; with an admin key, nothing but health answers without the key header.
/// </summary>
public sealed class AdminEndpointsTests
{
    private static ApiSpecification Spec => TestSpec.Spec;

    private static string Ring => Spec.Resources[0];

    private static ApiOperation Query => Spec.OperationFor(EffectAction.Query, Ring);

    private static DocumentedError Forced => Query.Errors.First(error => error.Trigger == ErrorTrigger.Forced && error.Category != ErrorCategory.NoData);

    [Fact]
    public async Task Health_EvenWithAnAdminKeyAndNoHeader_AnswersReady()
    {
        await using var engine = await Engine.StartAsync(new LancensMockOptions { AdminKey = "key" });

        var answer = await engine.Client.AdminAsync(HttpMethod.Get, "health");

        (answer.Status, answer.MediaType).ShouldBe((200, MediaTypes.Json), answer.ToString());
        answer.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Reset_Post_ForgetsLoginsRegistrationsArmedAnswersAndTheJournal()
    {
        await using var engine = await Engine.StartAsync();
        var session = await engine.LoginAsync("alice");
        await engine.Client.RegisterAsync(session, Ring, "registered");
        engine.Mock.Arm(new ArmRequest(Error: Forced.Message, Times: 3));

        var answer = await engine.Client.AdminAsync(HttpMethod.Post, "reset");

        (answer.Status, answer.MediaType).ShouldBe((200, MediaTypes.Json));
        (engine.Mock.Accounts.Count, engine.Mock.Armed.Count, engine.Mock.Journal.Count).ShouldBe((0, 0, 0));
        (await engine.Client.QueryAsync(session, Ring)).ShouldBeError(Query.Error(ErrorCategory.InvalidToken));
    }

    [Fact]
    public async Task Accounts_Get_ShowsSessionsAndRegistrationsButNoPasswordOrToken()
    {
        await using var engine = await Engine.StartAsync();
        var alice = await engine.LoginAsync("alice");
        var bob = await engine.LoginAsync("bob");
        await engine.Client.LoginAsync(bob.Username, bob.Password);
        await engine.Client.RegisterAsync(alice, Ring, "alice-push-token");

        var answer = await engine.Client.AdminAsync(HttpMethod.Get, "accounts");

        (answer.Status, answer.MediaType).ShouldBe((200, MediaTypes.Json));
        var accounts = answer.Read<List<AccountSnapshot>>("accounts").ToDictionary(account => account.Username);
        (accounts[alice.Username].UserId, accounts[alice.Username].LiveSessions).ShouldBe((alice.UserId, 1));
        (accounts[bob.Username].UserId, accounts[bob.Username].LiveSessions).ShouldBe((bob.UserId, 2));
        accounts[alice.Username].Registrations[Ring][RequestBodies.KeyName(Ring)].GetString().ShouldBe("alice-push-token");
        accounts[bob.Username].Registrations.ShouldBeEmpty();
        foreach (var secret in new[] { alice.Password, alice.Token, bob.Password, bob.Token })
        {
            answer.Body.ShouldNotContain(secret);
        }
    }

    [Fact]
    public async Task Arm_PostGetDelete_ArmsListsAndClears()
    {
        await using var engine = await Engine.StartAsync();
        var session = await engine.LoginAsync("alice");

        var armed = await engine.Client.AdminAsync(HttpMethod.Post, "arm", AdminClient.ToJson(new ArmRequest(Error: Forced.Message.ToUpperInvariant(), Operation: Query.Id, Times: 2)));

        armed.Status.ShouldBe(201, armed.ToString());
        var answer = armed.Read<ArmedAnswer>("armed");
        (answer.Error, answer.Operation, answer.Remaining).ShouldBe((Forced.Message, Query.Id, 2));
        (await engine.Client.AdminAsync(HttpMethod.Get, "arm")).Read<List<ArmedAnswer>>("armed").ShouldHaveSingleItem().Id.ShouldBe(answer.Id);
        (await engine.Client.QueryAsync(session, Ring)).ShouldBeError(Forced);
        (await engine.Client.QueryAsync(session, Ring)).ShouldBeError(Forced);
        (await engine.Client.QueryAsync(session, Ring)).ShouldBeError(Query.Error(ErrorCategory.NoData));
        (await engine.Client.AdminAsync(HttpMethod.Get, "arm")).Read<List<ArmedAnswer>>("armed").ShouldBeEmpty();

        await engine.Client.AdminAsync(HttpMethod.Post, "arm", AdminClient.ToJson(new ArmRequest(Error: Forced.Message, Times: 5)));
        var cleared = await engine.Client.AdminAsync(HttpMethod.Delete, "arm");

        (cleared.Status, cleared.MediaType).ShouldBe((200, MediaTypes.Json));
        engine.Mock.Armed.ShouldBeEmpty();
        (await engine.Client.QueryAsync(session, Ring)).ShouldBeError(Query.Error(ErrorCategory.NoData));
    }

    public static TheoryData<string> NotOffered => new()
    {
        string.Empty,
        "{",
        "null",
        "[]",
        "{\"error\": \"no such error\"}",
        "{\"fault\": \"explode\"}",
        "{\"error\": \"" + Spec.ErrorCatalog.First().Message + "\", \"fault\": \"reset\"}",
        "{\"error\": \"" + Spec.ErrorCatalog.First().Message + "\", \"times\": \"twice\"}",
        "{\"error\": \"" + Spec.ErrorCatalog.First().Message + "\", \"times\": 0}",
        "{\"error\": \"" + Spec.ErrorCatalog.First().Message + "\", \"operation\": \"noSuchOperation\"}",
    };

    [Theory]
    [MemberData(nameof(NotOffered))]
    public async Task Arm_PostWhatIsNotOffered_Answers400JsonAndArmsNothing(string json)
    {
        await using var engine = await Engine.StartAsync();

        var answer = await engine.Client.AdminAsync(HttpMethod.Post, "arm", json);

        (answer.Status, answer.MediaType).ShouldBe((400, MediaTypes.Json), answer.ToString());
        answer.Message.ShouldNotBeNullOrWhiteSpace();
        engine.Mock.Armed.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("GET", "nothing")]
    [InlineData("GET", "reset")]
    [InlineData("PUT", "arm")]
    [InlineData("POST", "accounts")]
    [InlineData("DELETE", "")]
    public async Task UnknownAdminEndpoint_Answers404Json(string method, string endpoint)
    {
        await using var engine = await Engine.StartAsync();

        var answer = await engine.Client.AdminAsync(new HttpMethod(method), endpoint);

        (answer.Status, answer.MediaType).ShouldBe((404, MediaTypes.Json), answer.ToString());
        answer.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task AdminKey_Set_IsRequiredEvenFromLoopback()
    {
        const string Key = "a-key-for-this-test";
        await using var engine = await Engine.StartAsync(new LancensMockOptions { AdminKey = Key });
        await engine.LoginAsync("alice");

        foreach (var key in new string?[] { null, "wrong", Key.ToUpperInvariant() })
        {
            foreach (var (method, endpoint) in new[] { (HttpMethod.Get, "accounts"), (HttpMethod.Post, "reset"), (HttpMethod.Get, "journal"), (HttpMethod.Delete, "arm") })
            {
                var refused = await engine.Client.AdminAsync(method, endpoint, key: key);
                (refused.Status, refused.MediaType).ShouldBe((403, MediaTypes.Json), $"{method} {endpoint} with {key ?? "no key"}");
                refused.Body.ShouldNotContain(Key);
            }
        }

        engine.Mock.Accounts.ShouldHaveSingleItem();
        (await engine.Client.AdminAsync(HttpMethod.Get, "accounts", key: Key)).Read<List<AccountSnapshot>>("accounts").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task NoAdminKey_LoopbackClient_MayUseEveryEndpoint()
    {
        await using var engine = await Engine.StartAsync();

        foreach (var (method, endpoint) in new[] { (HttpMethod.Get, "accounts"), (HttpMethod.Get, "journal"), (HttpMethod.Get, "arm"), (HttpMethod.Delete, "arm"), (HttpMethod.Post, "reset") })
        {
            (await engine.Client.AdminAsync(method, endpoint)).Status.ShouldBe(200, $"{method} {endpoint}");
        }
    }

    [Fact]
    public async Task StartAsync_BlankAdminKey_IsRefused() =>
        await Should.ThrowAsync<ArgumentException>(() => TestSpec.StartAsync(new LancensMockOptions { AdminKey = string.Empty }));
}
