using Lancens.Contracts.MockServer.Control;
using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.MockServer.Tests.Control;

/// <summary>
/// Armed answers (<c>mock.Arm</c>): a documented error or a fault for the next matching request(s) only, matched by
/// operation, account and count; anything the spec or the protocol does not offer is refused.
/// </summary>
public sealed class ArmTests
{
    private static ApiSpecification Spec => TestSpec.Spec;

    private static string Ring => Spec.Resources[0];

    private static string Message => Spec.Resources[1];

    private static ApiOperation Query(string resource) => Spec.OperationFor(EffectAction.Query, resource);

    private static DocumentedError Forced(ApiOperation operation) =>
        operation.Errors.First(error => error.Trigger == ErrorTrigger.Forced && error.Category != ErrorCategory.NoData);

    [Fact]
    public async Task ArmedError_Times_AppliesToThatManyMatchingRequestsThenStops()
    {
        await using var engine = await Engine.StartAsync();
        var session = await engine.LoginAsync("alice");
        var forced = Forced(Query(Ring));
        var armed = engine.Mock.Arm(new ArmRequest(Error: forced.Message.ToUpperInvariant(), Operation: Query(Ring).Id, Times: 3));
        armed.Error.ShouldBe(forced.Message);

        for (var remaining = 2; remaining >= 0; remaining--)
        {
            (await engine.Client.QueryAsync(session, Ring)).ShouldBeError(forced);
            engine.Mock.Armed.Sum(answer => answer.Remaining).ShouldBe(remaining);
        }

        (await engine.Client.QueryAsync(session, Ring)).ShouldBeError(Query(Ring).Error(ErrorCategory.NoData));
    }

    [Fact]
    public async Task ArmedError_ForOneOperation_LeavesOtherOperationsAlone()
    {
        await using var engine = await Engine.StartAsync();
        var session = await engine.LoginAsync("alice");
        var forced = Forced(Query(Ring));
        Query(Message).Errors.ShouldContain(error => error.Message == forced.Message, "the other query documents the same text, so only the operation tells them apart");
        engine.Mock.Arm(new ArmRequest(Error: forced.Message, Operation: Query(Ring).Id));

        (await engine.Client.QueryAsync(session, Message)).ShouldBeError(Query(Message).Error(ErrorCategory.NoData));
        (await engine.Client.QueryAsync(session, Ring)).ShouldBeError(forced);
    }

    [Fact]
    public async Task ArmedError_WithoutAnOperation_WaitsForAnOperationThatDocumentsIt()
    {
        await using var engine = await Engine.StartAsync();
        var session = await engine.LoginAsync("alice");
        var register = Spec.OperationFor(EffectAction.Register, Ring);
        var onlySome = register.Errors.First(error => error.Trigger == ErrorTrigger.Forced && Query(Ring).Errors.All(other => other.Message != error.Message));
        engine.Mock.Arm(new ArmRequest(Error: onlySome.Message));

        (await engine.Client.QueryAsync(session, Ring)).ShouldBeError(Query(Ring).Error(ErrorCategory.NoData));
        engine.Mock.Armed.ShouldHaveSingleItem();
        (await engine.Client.RegisterAsync(session, Ring, "token")).ShouldBeError(onlySome);
        engine.Mock.Armed.ShouldBeEmpty();
    }

    [Fact]
    public async Task ArmedError_ForOneAccount_AppliesToItsTokenAndItsLoginOnly()
    {
        await using var engine = await Engine.StartAsync();
        var alice = await engine.LoginAsync("alice");
        var bob = await engine.LoginAsync("bob");
        var login = Spec.OperationFor(EffectAction.Login);
        var forcedLogin = login.Errors.First(error => error.Trigger == ErrorTrigger.Forced);
        engine.Mock.Arm(new ArmRequest(Error: Forced(Query(Ring)).Message, Username: alice.Username));
        engine.Mock.Arm(new ArmRequest(Error: forcedLogin.Message, Operation: login.Id, Username: alice.Username));

        (await engine.Client.QueryAsync(bob, Ring)).ShouldBeError(Query(Ring).Error(ErrorCategory.NoData));
        (await engine.Client.TryLoginAsync(bob.Username, bob.Password)).ShouldBeSuccess(login);
        (await engine.Client.QueryAsync(alice, Ring)).ShouldBeError(Forced(Query(Ring)));
        (await engine.Client.TryLoginAsync(alice.Username, alice.Password)).ShouldBeError(forcedLogin);
        engine.Mock.Armed.ShouldBeEmpty();
    }

    [Fact]
    public async Task ArmedAnswer_RequestWithItsOwnControlHeader_LeavesItForTheNext()
    {
        await using var engine = await Engine.StartAsync();
        var session = await engine.LoginAsync("alice");
        var forced = Forced(Query(Ring));
        var other = Query(Ring).Errors.First(error => error.Trigger == ErrorTrigger.Forced && error.Message != forced.Message && error.Category != ErrorCategory.NoData);
        engine.Mock.Arm(new ArmRequest(Error: forced.Message));

        (await engine.Client.SendAsync(Query(Ring), session.Token, configure: request => request.Headers.Add(MockControl.ErrorHeader, other.Message))).ShouldBeError(other);
        (await engine.Client.QueryAsync(session, Ring)).ShouldBeError(forced);
    }

    [Fact]
    public async Task ArmedFault_AppliesToTheNextMatchingRequestOnly()
    {
        await using var engine = await Engine.StartAsync();
        var session = await engine.LoginAsync("alice");
        engine.Mock.Arm(new ArmRequest(Fault: MockControl.ConnectionFaults[0].Value, Operation: Query(Ring).Id));

        (await engine.Client.QueryAsync(session, Message)).ShouldBeError(Query(Message).Error(ErrorCategory.NoData));
        // A client of its own: a pooled connection would let HttpClient retry the request on a fresh one.
        using (var client = new ApiClient(engine.Mock.RootUrl))
        {
            await Should.ThrowAsync<HttpRequestException>(() => client.QueryAsync(session, Ring));
        }

        (await engine.Client.QueryAsync(session, Ring)).ShouldBeError(Query(Ring).Error(ErrorCategory.NoData));
    }

    [Fact]
    public async Task ArmedDelay_HoldsTheNextMatchingAnswerOnTheEngineClock()
    {
        var clock = new TestClock();
        await using var engine = await Engine.StartAsync(new LancensMockOptions { Time = clock });
        var session = await engine.LoginAsync("alice");
        engine.Mock.Arm(new ArmRequest(Fault: MockControl.Delay(2000)));

        var pending = engine.Client.QueryAsync(session, Ring);
        await clock.WaitForTimerAsync();
        clock.Advance(TimeSpan.FromMilliseconds(1999));
        pending.IsCompleted.ShouldBeFalse();
        clock.Advance(TimeSpan.FromMilliseconds(1));

        (await pending).ShouldBeError(Query(Ring).Error(ErrorCategory.NoData));
        (await engine.Client.QueryAsync(session, Ring)).ShouldBeError(Query(Ring).Error(ErrorCategory.NoData));
        clock.PendingTimers.ShouldBe(0);
    }

    public static TheoryData<string?, string?, string?, int> Refused => new()
    {
        { "no such error", null, null, 1 },
        { Spec.ErrorCatalog.First().Message, null, "noSuchOperation", 1 },
        { Spec.OperationFor(EffectAction.Login).Error(ErrorCategory.Credentials).Message, null, Spec.OperationFor(EffectAction.Logout).Id, 1 },
        { Spec.ErrorCatalog.First().Message, MockControl.ConnectionFaults[0].Value, null, 1 },
        { null, null, null, 1 },
        { null, "explode", null, 1 },
        { null, "delay=0", null, 1 },
        { null, MockControl.Delay((int)MockControl.MaxDelay.TotalMilliseconds + 1), null, 1 },
        { Spec.ErrorCatalog.First().Message, null, null, 0 },
        { Spec.ErrorCatalog.First().Message, null, null, ArmedAnswers.MaxTimes + 1 },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Arm_WhatTheSpecOrProtocolDoesNotOffer_IsRefusedAndArmsNothing(string? error, string? fault, string? operation, int times)
    {
        await using var engine = await Engine.StartAsync();

        var refusal = Should.Throw<ArgumentException>(() => engine.Mock.Arm(new ArmRequest(error, fault, operation, Times: times)));

        refusal.Message.ShouldNotBeNullOrWhiteSpace();
        engine.Mock.Armed.ShouldBeEmpty();
    }

    [Fact]
    public async Task Reset_ArmedAnswers_AreForgotten()
    {
        await using var engine = await Engine.StartAsync();
        engine.Mock.Arm(new ArmRequest(Error: Forced(Query(Ring)).Message, Times: 5));

        engine.Mock.Reset();

        engine.Mock.Armed.ShouldBeEmpty();
        var session = await engine.LoginAsync("alice");
        (await engine.Client.QueryAsync(session, Ring)).ShouldBeError(Query(Ring).Error(ErrorCategory.NoData));
    }
}
