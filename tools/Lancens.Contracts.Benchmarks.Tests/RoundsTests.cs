using Lancens.Contracts.Benchmarks.Load;
using Lancens.Contracts.Benchmarks.Measuring;
using Lancens.Contracts.Benchmarks.Requests;
using Lancens.Contracts.Benchmarks.Servers;

namespace Lancens.Contracts.Benchmarks.Tests;

/// <summary>How the rounds become the table's figures: medians per figure, counts over every round, servers taking turns.</summary>
public sealed class RoundsTests
{
    private static readonly Workload Query = new("query", Repeated: null);

    [Fact]
    public void Median_OddCount_IsTheMiddleValueOnceSorted()
    {
        WorkloadResult.Median([30, 10, 20]).ShouldBe(20);
        WorkloadResult.Median([5]).ShouldBe(5);
    }

    [Fact]
    public void Median_EvenCount_IsTheMeanOfTheTwoMiddleValues()
    {
        WorkloadResult.Median([40, 10, 30, 20]).ShouldBe(25);
        WorkloadResult.Median([7, 1]).ShouldBe(4);
    }

    [Fact]
    public void Median_NoRounds_IsZero() => WorkloadResult.Median([]).ShouldBe(0);

    [Fact]
    public void WorkloadResult_Rounds_EachFigureIsItsOwnMedianAndTheCountsAreTotals()
    {
        // The median round by req/s (3000) is not the one with the median p99 (5 ms).
        RoundResult[] rounds = [Round(1000, p99Ms: 5, errors: 1, wrong: 0), Round(3000, p99Ms: 1, errors: 0, wrong: 2), Round(2000, p99Ms: 9, errors: 3, wrong: 4)];
        var result = new WorkloadResult(Query, rounds);

        result.RequestsPerSecond.ShouldBe(2000, tolerance: 1e-9);
        result.P99.ShouldBe(TimeSpan.FromMilliseconds(5));
        result.ConnectionErrors.ShouldBe(4);
        result.Wrong.ShouldBe(6);
        result.Spread.ShouldBe("1000 3000 2000");
    }

    [Fact]
    public void WorkloadResult_TwoRounds_MediansAreTheMeans()
    {
        var result = new WorkloadResult(Query, [Round(1000, p99Ms: 2, errors: 0, wrong: 0), Round(2000, p99Ms: 4, errors: 0, wrong: 0)]);

        result.RequestsPerSecond.ShouldBe(1500, tolerance: 1e-9);
        result.P99.ShouldBe(TimeSpan.FromMilliseconds(3));
    }

    [Fact]
    public void MedianReadyTime_EvenStarts_IsTheMeanOfTheMiddleTwo()
    {
        TimeSpan[] starts = [TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(0.6), TimeSpan.FromSeconds(0.4)];
        var server = new ServerUnderTest(Kind("engine"), Running(), starts);

        server.MedianReadyTime.ShouldBe(TimeSpan.FromSeconds(0.55));
    }

    [Fact]
    public async Task MeasureAsync_ThreeServers_WarmEachThenAlternateTheOrderEveryRound()
    {
        var calls = new List<string>();
        var servers = new[] { "a", "b", "c" }.Select(Server).ToList();
        var drivers = servers.ToDictionary(
            server => server,
            server => (Func<int, CancellationToken, Task<RoundResult>>)((seconds, _) =>
            {
                calls.Add($"{server}:{seconds}");
                return Task.FromResult(Round(calls.Count, p99Ms: 1, errors: 0, wrong: 0));
            }));

        await AlternatingRounds.MeasureAsync(
            Query, drivers, new BenchmarkSettings(DurationSeconds: 10, Connections: 1, WarmupSeconds: 5, Rounds: 3, Starts: 1), TextWriter.Null, CancellationToken.None);

        calls.ShouldBe(["a:5", "b:5", "c:5", "a:10", "b:10", "c:10", "c:10", "b:10", "a:10", "a:10", "b:10", "c:10"]);
        servers[0].For(Query).ShouldNotBeNull().Rounds.Select(round => round.Answers).ShouldBe([4, 9, 10]);
        servers[2].For(Query).ShouldNotBeNull().Rounds.Select(round => round.Answers).ShouldBe([6, 7, 12]);
    }

    [Fact]
    public async Task MeasureAsync_NoWarmup_OnlyTheRounds()
    {
        var calls = new List<int>();
        var server = Server("a");
        Func<int, CancellationToken, Task<RoundResult>> driver = (seconds, _) =>
        {
            calls.Add(seconds);
            return Task.FromResult(Round(1, p99Ms: 1, errors: 0, wrong: 0));
        };

        await AlternatingRounds.MeasureAsync(
            Query, new Dictionary<ServerUnderTest, Func<int, CancellationToken, Task<RoundResult>>> { [server] = driver },
            new BenchmarkSettings(DurationSeconds: 10, Connections: 1, WarmupSeconds: 0, Rounds: 2, Starts: 1), TextWriter.Null, CancellationToken.None);

        calls.ShouldBe([10, 10]);
    }

    [Fact]
    public void Of_TalliesOfSeveralUsers_PercentilesOverAllTheirAnswersAndLeaksCountAsWrong()
    {
        // Users 0 and 1 answered in 1-50 us and 51-100 us: the p99 of all is 99 us, not a mean of each user's p99.
        var fast = new UserTally();
        var slow = new UserTally();
        foreach (var microseconds in Enumerable.Range(1, 100))
        {
            (microseconds <= 50 ? fast : slow).Answered(TimeSpan.FromMicroseconds(microseconds));
        }

        fast.WrongAnswer("status 401, not 200");
        slow.Leak("user 1's query answered user 0's record");
        slow.ConnectionError("no answer within 2 s");
        var merged = RoundResult.Of([fast, slow], TimeSpan.FromSeconds(2));

        merged.Answers.ShouldBe(100);
        merged.P50.ShouldBe(TimeSpan.FromMicroseconds(50));
        merged.P99.ShouldBe(TimeSpan.FromMicroseconds(99));
        merged.RequestsPerSecond.ShouldBe(50, tolerance: 1e-9);
        merged.Samples.Count.ShouldBe(3);
        merged.ConnectionErrors.ShouldBe(1);
        (merged.Wrong, merged.Leaks).ShouldBe((1, 1));
        new WorkloadResult(Query, [merged]).Wrong.ShouldBe(2);
    }

    private static RoundResult Round(double requestsPerSecond, double p99Ms, long errors, long wrong) =>
        new((long)requestsPerSecond, TimeSpan.FromSeconds(1), errors, wrong, TimeSpan.FromMilliseconds(p99Ms / 2), TimeSpan.FromMilliseconds(p99Ms));

    private static ServerKind Kind(string name) =>
        new(name, $"{name} (no process)", Remembers: false, AnswersExactErrors: false, _ => throw new InvalidOperationException("not started in these tests"));

    private static ServerUnderTest Server(string name) => new(Kind(name), Running(), readyTimes: []);

    private static RunningServer Running() => new(new Uri("http://127.0.0.1/"), ProcessId: 0, TimeSpan.Zero, new NoProcess());

    private sealed class NoProcess : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
