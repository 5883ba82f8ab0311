using Lancens.Contracts.MockServer.Control;
using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Concurrency;

/// <summary>An armed answer with a count is taken atomically: of many concurrent matching requests, exactly that many get it.</summary>
public sealed class ArmedRaceTests
{
    private const int Requests = 400;

    private static ApiSpecification Spec => TestSpec.Spec;

    [Theory(Timeout = 60_000)]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(250)]
    public async Task ArmedError_ManyConcurrentMatchingRequests_ExactlyTimesGetIt(int times)
    {
        var resource = Spec.Resources[0];
        var query = Spec.OperationFor(EffectAction.Query, resource);
        var noData = query.Error(ErrorCategory.NoData);
        var forced = query.Errors.First(error => error.Trigger == ErrorTrigger.Forced && error.Message != noData.Message);
        await using var engine = await Engine.StartAsync();
        var session = await engine.LoginAsync("alice");
        engine.Mock.Arm(new ArmRequest(Error: forced.Message, Operation: query.Id, Times: times));

        var answers = await Task.WhenAll(Enumerable.Range(0, Requests).Select(_ => Task.Run(() => engine.Client.QueryAsync(session, resource))));

        answers.Count(answer => answer.Message == forced.Message).ShouldBe(times);
        answers.Where(answer => answer.Message == forced.Message).ShouldAllBe(answer => answer.Status == forced.Status);
        answers.Where(answer => answer.Message != forced.Message).ShouldAllBe(answer => answer.Status == noData.Status && answer.Message == noData.Message);
        engine.Mock.Armed.ShouldBeEmpty();
    }

    [Fact(Timeout = 60_000)]
    public async Task ArmedError_ForOneAccountUnderConcurrentLoadOfTwo_OnlyThatAccountGetsItExactlyTimes()
    {
        const int Times = 20;
        var resource = Spec.Resources[0];
        var query = Spec.OperationFor(EffectAction.Query, resource);
        var forced = query.Errors.First(error => error.Trigger == ErrorTrigger.Forced && error.Category != ErrorCategory.NoData);
        await using var engine = await Engine.StartAsync();
        var alice = await engine.LoginAsync("alice");
        var bob = await engine.LoginAsync("bob");
        engine.Mock.Arm(new ArmRequest(Error: forced.Message, Username: alice.Username, Times: Times));

        var answers = await Task.WhenAll(Enumerable.Range(0, Requests).Select(index =>
            Task.Run(async () => (Session: index % 2 == 0 ? alice : bob, Answer: await engine.Client.QueryAsync(index % 2 == 0 ? alice : bob, resource)))));

        answers.Count(pair => pair.Session == alice && pair.Answer.Message == forced.Message).ShouldBe(Times);
        answers.Where(pair => pair.Session == bob).ShouldAllBe(pair => pair.Answer.Message != forced.Message);
        engine.Mock.Armed.ShouldBeEmpty();
    }
}
