using Lancens.Contracts.MockServer.Hosting;
using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.MockServer.Tests.Clock;

/// <summary>
/// A token stops working at the expiry its login answered (the assumption token-expiry), on the engine's clock, which QA
/// and tests move forward through the admin endpoint or in process, and which reset puts back.
/// </summary>
public sealed class ClockTests
{
    private static ApiSpecification Spec => TestSpec.Spec;

    private static ExpiryRule Expiry => Spec.LoginAnswer.TokenExpiry ?? throw new InvalidOperationException("the spec's login answers no expiry");

    [Fact]
    public async Task Token_AfterTheClockPassesItsExpiry_AnswersInvalidTokenAndANewLoginWorks()
    {
        var clock = new TestClock();
        await using var engine = await Engine.StartAsync(new LancensMockOptions { Time = clock });
        var session = await engine.LoginAsync("alice");
        var resource = Spec.Resources[0];
        var query = Spec.OperationFor(EffectAction.Query, resource);
        var expiresAt = Expiry.InstantAt(clock.GetUtcNow());

        engine.Mock.AdvanceClock(expiresAt - clock.GetUtcNow() - TimeSpan.FromSeconds(1));
        (await engine.Client.QueryAsync(session, resource)).ShouldBeError(query.Error(ErrorCategory.NoData));
        engine.Mock.AdvanceClock(TimeSpan.FromSeconds(1));

        (await engine.Client.QueryAsync(session, resource)).ShouldBeError(query.Error(ErrorCategory.InvalidToken));
        var logout = Spec.OperationFor(EffectAction.Logout);
        (await engine.Client.LogoutAsync(session)).ShouldBeError(logout.Error(ErrorCategory.InvalidToken));
        var again = await engine.Client.LoginAsync(session.Username, session.Password);
        (await engine.Client.QueryAsync(again, resource)).ShouldBeError(query.Error(ErrorCategory.NoData));
        engine.Mock.Accounts.ShouldHaveSingleItem().LiveSessions.ShouldBe(1);
    }

    [Fact]
    public async Task ClockEndpoint_Advance_MovesTheEngineClockAndTheLoginExpiryWithIt()
    {
        var clock = new TestClock();
        await using var engine = await Engine.StartAsync(new LancensMockOptions { Time = clock });

        var moved = await engine.Client.AdminAsync(HttpMethod.Post, AdminRoutes.Clock.Name, """{"advance":"31d"}""");

        moved.Status.ShouldBe(200, moved.ToString());
        moved.Read<DateTimeOffset>("now").ShouldBe(clock.GetUtcNow().AddDays(31));
        moved.Read<string>("advancedBy").ShouldBe("31d");
        var login = await engine.Client.TryLoginAsync(FieldValues.Username("bob"), FieldValues.Password("pw"));
        var expiry = Spec.OperationFor(EffectAction.Login).Success.Schema.Expiries.Single().Key;
        login.Json!.Value.GetProperty(expiry).GetInt64().ShouldBe(Expiry.ValueAt(clock.GetUtcNow().AddDays(31)));
        engine.Mock.Clock.GetUtcNow().ShouldBe(clock.GetUtcNow().AddDays(31));
    }

    [Fact]
    public async Task Reset_AfterTheClockMoved_PutsItBackToTheClockTheEngineStartedWith()
    {
        var clock = new TestClock();
        await using var engine = await Engine.StartAsync(new LancensMockOptions { Time = clock });
        engine.Mock.AdvanceClock(TimeSpan.FromDays(40));

        engine.Mock.Reset();

        engine.Mock.Clock.GetUtcNow().ShouldBe(clock.GetUtcNow());
        (await engine.Client.AdminAsync(HttpMethod.Get, AdminRoutes.Clock.Name)).Read<long>("advancedBySeconds").ShouldBe(0);
    }

    [Theory]
    [InlineData("""{"advance":"soon"}""")]
    [InlineData("""{"advance":"-3d"}""")]
    [InlineData("""{"advance":"0d"}""")]
    [InlineData("""{"advance":"99999d"}""")]
    [InlineData("""{}""")]
    [InlineData("""not json""")]
    public async Task ClockEndpoint_NoForwardDuration_Answers400JsonAndLeavesTheClock(string body)
    {
        var clock = new TestClock();
        await using var engine = await Engine.StartAsync(new LancensMockOptions { Time = clock });

        var refused = await engine.Client.AdminAsync(HttpMethod.Post, AdminRoutes.Clock.Name, body);

        (refused.Status, refused.MediaType).ShouldBe((400, MediaTypes.Json), refused.ToString());
        refused.Message.ShouldNotBeNull().ShouldContain("31d");
        engine.Mock.Clock.GetUtcNow().ShouldBe(clock.GetUtcNow());
    }

    [Fact]
    public async Task ClockEndpoint_AdvancePastTheMostAheadInAll_Answers400JsonLeavesTheClockAndRequestsStillWork()
    {
        var clock = new TestClock();
        await using var engine = await Engine.StartAsync(new LancensMockOptions { Time = clock });
        var step = $$"""{"advance":"{{Duration.Format(EngineClock.MaxStep)}}"}""";
        var stepsThatFit = (int)(EngineClock.MaxOffset / EngineClock.MaxStep);
        for (var taken = 0; taken < stepsThatFit; taken++)
        {
            (await engine.Client.AdminAsync(HttpMethod.Post, AdminRoutes.Clock.Name, step)).Status.ShouldBe(200);
        }

        var before = engine.Mock.Clock.GetUtcNow();

        var refused = await engine.Client.AdminAsync(HttpMethod.Post, AdminRoutes.Clock.Name, step);

        (refused.Status, refused.MediaType).ShouldBe((400, MediaTypes.Json), refused.ToString());
        refused.Message.ShouldNotBeNull().ShouldContain("100 years");
        engine.Mock.Clock.GetUtcNow().ShouldBe(before);
        Should.Throw<ArgumentOutOfRangeException>(() => engine.Mock.AdvanceClock(EngineClock.MaxStep));
        engine.Mock.Clock.GetUtcNow().ShouldBe(before);
        (await engine.Client.TryLoginAsync(FieldValues.Username("dave"), FieldValues.Password("pw"))).ShouldBeSuccess(Spec.OperationFor(EffectAction.Login));
    }

    [Fact]
    public async Task AccountsEndpoint_LiveSession_ShowsItsExpiryNeverItsToken()
    {
        var clock = new TestClock();
        await using var engine = await Engine.StartAsync(new LancensMockOptions { Time = clock });
        var session = await engine.LoginAsync("carol");

        var accounts = await engine.Client.AdminAsync(HttpMethod.Get, AdminRoutes.Accounts.Name);

        accounts.Body.ShouldNotContain(session.Token);
        accounts.Json!.Value.GetProperty("accounts")[0].GetProperty("nextExpiry").GetDateTimeOffset().ShouldBe(Expiry.InstantAt(clock.GetUtcNow()));
    }
}
