using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.MockServer.Tests.Control;

/// <summary>
/// <c>X-Lancens-Mock-Fault</c>: <c>delay=MS</c> answers the normal answer no sooner than MS later; each connection
/// fault breaks the connection so a client gets no answer; any other value answers 400 naming what is accepted.
/// </summary>
public sealed class FaultHeaderTests
{
    private static ApiSpecification Spec => TestSpec.Spec;

    public static TheoryData<string> ConnectionFaults => [.. MockControl.ConnectionFaults.Select(fault => fault.Value)];

    public static TheoryData<int> Delays => [1, 1500, (int)MockControl.MaxDelay.TotalMilliseconds];

    [Fact]
    public async Task Delay_InFlightWhenTheEngineStops_IsCutShortAndItsConnectionEnds()
    {
        var clock = new TestClock();
        var engine = await Engine.StartAsync(new LancensMockOptions { Time = clock });
        var session = await engine.LoginAsync("alice");
        var query = Spec.OperationFor(EffectAction.Query, Spec.Resources[0]);
        var pending = engine.Client.SendAsync(query, session.Token, configure: request => request.Headers.Add(MockControl.FaultHeader, MockControl.Delay(20000)));
        await clock.WaitForTimerAsync();

        // The fake clock never moves, so the delay cannot run out: only the stop can end it.
        await engine.Mock.DisposeAsync();

        await Should.ThrowAsync<HttpRequestException>(pending);
        engine.Mock.Journal.ShouldContain(entry => entry.Status == 0 && entry.Answered == "no answer: the engine stopped during delay=20000");
        engine.Client.Dispose();
    }

    [Theory]
    [MemberData(nameof(Delays))]
    public async Task Delay_OnTheEngineClock_HoldsTheNormalAnswerUntilTheWholeDelayHasPassed(int milliseconds)
    {
        var clock = new TestClock();
        await using var engine = await Engine.StartAsync(new LancensMockOptions { Time = clock });
        var session = await engine.LoginAsync("alice");
        var resource = Spec.Resources[0];
        await engine.Client.RegisterAsync(session, resource, "delayed");
        var delay = TimeSpan.FromMilliseconds(milliseconds);

        var pending = engine.Client.SendAsync(Spec.OperationFor(EffectAction.Query, resource), session.Token, configure: request => request.Headers.Add(MockControl.FaultHeader, MockControl.Delay((int)delay.TotalMilliseconds)));
        await clock.WaitForTimerAsync();
        clock.Advance(delay - TimeSpan.FromMilliseconds(1));

        clock.PendingTimers.ShouldBe(1, "the delay must not end a millisecond early");
        pending.IsCompleted.ShouldBeFalse();
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var answer = await pending;
        answer.ShouldBeSuccess(Spec.OperationFor(EffectAction.Query, resource));
        answer.Json!.Value.GetProperty(RequestBodies.KeyName(resource)).GetString().ShouldBe("delayed");
    }

    // Measured on the coarse clock the runtime's timers use (Environment.TickCount64): on it the engine's delay
    // cannot end before it started plus the delay, while a finer clock can see a timer fire a tick early.
    [Fact]
    public async Task Delay_OnTheSystemClock_AnswersNoSoonerThanTheDelay()
    {
        const int Milliseconds = 250;
        await using var engine = await Engine.StartAsync();
        var operation = Spec.OperationFor(EffectAction.Query, Spec.Resources[0]);

        var started = Environment.TickCount64;
        var answer = await engine.Client.SendAsync(operation, configure: request => request.Headers.Add(MockControl.FaultHeader, MockControl.Delay(Milliseconds)));
        var elapsed = Environment.TickCount64 - started;

        elapsed.ShouldBeGreaterThanOrEqualTo(Milliseconds);
        answer.ShouldBeError(operation.Error(ErrorCategory.NoToken));
    }

    [Theory]
    [MemberData(nameof(ConnectionFaults))]
    public async Task ConnectionFault_AnyCase_GivesTheClientNoAnswerAndLeavesTheEngineServing(string fault)
    {
        await using var engine = await Engine.StartAsync();
        var operation = Spec.OperationFor(EffectAction.Query, Spec.Resources[0]);

        foreach (var value in new[] { fault, fault.ToUpperInvariant() })
        {
            // A client of its own: a pooled connection would let HttpClient retry the request on a fresh one.
            using var client = new ApiClient(engine.Mock.RootUrl);
            await Should.ThrowAsync<HttpRequestException>(() => client.SendAsync(operation, configure: request => request.Headers.Add(MockControl.FaultHeader, value)));
        }

        (await engine.Client.SendAsync(operation)).ShouldBeError(operation.Error(ErrorCategory.NoToken));
        engine.Mock.Journal.Take(2).ShouldAllBe(entry => entry.Status == 0 && entry.Operation == operation.Id);
    }

    [Fact]
    public async Task FaultHeader_OutOfRangeOrUnknown_Answers400NamingWhatIsAccepted()
    {
        await using var engine = await Engine.StartAsync();
        var operation = Spec.OperationFor(EffectAction.Query, Spec.Resources[0]);
        var longest = (int)MockControl.MaxDelay.TotalMilliseconds;

        foreach (var value in new[] { "delay=0", "delay=-5", $"delay={longest + 1}", "delay=1.5", "delay=", "delay=99999999999", "explode", "reset,empty", "sleep=100" })
        {
            var answer = await engine.Client.SendAsync(operation, configure: request => request.Headers.TryAddWithoutValidation(MockControl.FaultHeader, value));

            (answer.Status, answer.MediaType).ShouldBe((400, MediaTypes.Json), $"{value}: {answer}");
            answer.Message.ShouldNotBeNull();
            answer.Message.ShouldContain(MockControl.FaultHeader);
            MockControl.ConnectionFaults.ShouldAllBe(fault => answer.Message.Contains(fault.Value, StringComparison.Ordinal));
        }
    }
}
