using System.Collections.Concurrent;
using Lancens.Contracts.Proxy.Evidence;
using Lancens.Contracts.Proxy.Forwarding;

namespace Lancens.Contracts.Proxy.Tests;

/// <summary>What settling waits for, and that an exchange held up past the judge's patience is still judged.</summary>
public sealed class JudgingQueueTests
{
    // Only a broken queue would wait this long: a safety net, not a timing the tests rely on.
    private const int Hung = 30_000;

    [Fact(Timeout = Hung)]
    public async Task Settle_WaitsForAnExchangeReservedButNotSubmittedYet()
    {
        var judged = new ConcurrentQueue<long>();
        await using var queue = new JudgingQueue(exchange => judged.Enqueue(exchange.Number), (_, _) => { });
        var number = queue.Reserve();

        var settling = queue.SettleAsync(TestContext.Current.CancellationToken);
        var waitedFor = !settling.IsCompleted;
        await queue.SubmitAsync(ExchangeNumbered(number));
        await settling;

        waitedFor.ShouldBeTrue();
        judged.ShouldBe([number]);
    }

    [Fact(Timeout = Hung)]
    public async Task Exchange_ArrivingAfterTheJudgeWentOnWithoutIt_IsJudgedAtOnce()
    {
        var judged = new ConcurrentQueue<long>();
        await using var queue = new JudgingQueue(exchange => judged.Enqueue(exchange.Number), (_, _) => { }, maxOutOfOrder: 2);
        var numbers = Enumerable.Range(0, 4).Select(_ => queue.Reserve()).ToList();

        foreach (var number in numbers.Skip(1))
        {
            await queue.SubmitAsync(ExchangeNumbered(number));
        }

        await queue.SubmitAsync(ExchangeNumbered(numbers[0]));
        await queue.SettleAsync(TestContext.Current.CancellationToken);

        judged.ShouldBe([2, 3, 4, 1]);
    }

    [Fact(Timeout = Hung)]
    public async Task Exchange_TheJudgeTripsOver_StillSettlesItsNumber()
    {
        var judged = new ConcurrentQueue<long>();
        var failed = new ConcurrentQueue<long>();
        await using var queue = new JudgingQueue(
            exchange => judged.Enqueue(exchange.Number == 1 ? throw new InvalidOperationException("a judge's bug") : exchange.Number),
            (exchange, _) => failed.Enqueue(exchange.Number));
        var first = queue.Reserve();
        var second = queue.Reserve();

        await queue.SubmitAsync(ExchangeNumbered(first));
        await queue.SubmitAsync(ExchangeNumbered(second));
        await queue.SettleAsync(TestContext.Current.CancellationToken);

        failed.ShouldBe([first]);
        judged.ShouldBe([second]);
    }

    private static Exchange ExchangeNumbered(long number) =>
        new(number, DateTimeOffset.UnixEpoch, TimeSpan.Zero, "GET", "/", [], [], 0, 200, [], [], 0, null);
}
