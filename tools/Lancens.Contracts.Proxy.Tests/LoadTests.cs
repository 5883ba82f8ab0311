using Lancens.Contracts.Proxy.Evidence;
using Lancens.Contracts.Proxy.Tests.Support;

namespace Lancens.Contracts.Proxy.Tests;

/// <summary>A short, bounded load through the proxy: every answer passed through, every exchange judged, memory bounded.</summary>
public sealed class LoadTests
{
    [Fact]
    public async Task Proxy_UnderABoundedLoad_JudgesEveryExchangeAndKeepsTheLastOnly()
    {
        const int Users = 16;
        const int RequestsEach = 50;
        await using var rig = await Rig.StartAsync(proxyOptions: options => options with { ExchangesKept = 100 });
        using var client = rig.ProxyClient();

        var statuses = await Task.WhenAll(Enumerable.Range(0, Users).Select(async user =>
        {
            var story = new Story(client, rig);
            var token = await story.LoginAsync(user % 2 == 0 ? Rig.First : Rig.Second);
            var answers = new List<int>();
            for (var request = 0; request < RequestsEach; request++)
            {
                answers.Add((await story.SendAsync(HttpMethod.Get, "/user/message/token", token)).Status);
            }

            return answers;
        }));
        var verdicts = await rig.Proxy.VerdictsAsync(TestContext.Current.CancellationToken);
        var kept = await rig.Proxy.ExchangesAsync(TestContext.Current.CancellationToken);

        statuses.SelectMany(answers => answers).ShouldAllBe(status => status == 200 || status == 401 || status == 404);
        verdicts.Judged.ShouldBe(Users * (RequestsEach + 1));
        verdicts.HostViolations.ShouldBe(0);
        verdicts.NoAnswer.ShouldBe(0);
        kept.Count.ShouldBe(100);
        verdicts.Assumptions.Where(evidence => evidence.Verdict == ProxyVerdict.Refuted).Select(evidence => evidence.Explanation).ShouldBeEmpty();
    }
}
