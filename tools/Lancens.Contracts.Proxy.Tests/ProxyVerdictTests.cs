using Lancens.Contracts.Proxy.Evidence;
using Lancens.Contracts.Proxy.Tests.Support;

namespace Lancens.Contracts.Proxy.Tests;

/// <summary>The proxy in front of the engine served with HTTPS: what a client's traffic confirms, and what it tells apart.</summary>
public sealed class ProxyVerdictTests
{
    [Fact]
    public async Task Proxy_InFrontOfTheHttpsEngine_ConfirmsEveryAssumptionAndFindsNoHostViolation()
    {
        await using var rig = await Rig.StartAsync();
        using var client = rig.ProxyClient();
        var story = new Story(client, rig);

        await story.ValidTrafficAsync();
        await story.ClientMistakesAsync();
        var verdicts = await rig.Proxy.VerdictsAsync(TestContext.Current.CancellationToken);

        verdicts.Assumptions.Where(evidence => evidence.Verdict != ProxyVerdict.Confirmed).Select(evidence => $"{evidence.Id}: {evidence.Word} {evidence.Explanation}").ShouldBeEmpty();
        verdicts.HostViolations.ShouldBe(0);
        verdicts.NoAnswer.ShouldBe(0);
    }

    [Fact]
    public async Task Proxy_ValidTraffic_HasNoViolationOnEitherSide()
    {
        await using var rig = await Rig.StartAsync();
        using var client = rig.ProxyClient();

        await new Story(client, rig).ValidTrafficAsync();
        var verdicts = await rig.Proxy.VerdictsAsync(TestContext.Current.CancellationToken);

        verdicts.ClientViolations.ShouldBe(0);
        verdicts.HostViolations.ShouldBe(0);
        rig.Console.ToString().ShouldBeEmpty();
        verdicts.Assumptions.Where(evidence => evidence.Verdict == ProxyVerdict.Refuted).ShouldBeEmpty();
    }

    [Fact]
    public async Task Proxy_ClientMistakes_AreTheClientsNotTheHosts()
    {
        await using var rig = await Rig.StartAsync();
        using var client = rig.ProxyClient();

        await new Story(client, rig).ClientMistakesAsync();
        var verdicts = await rig.Proxy.VerdictsAsync(TestContext.Current.CancellationToken);
        var exchanges = await rig.Proxy.ExchangesAsync(TestContext.Current.CancellationToken);

        verdicts.ClientViolations.ShouldBeGreaterThanOrEqualTo(13);
        verdicts.HostViolations.ShouldBe(0);
        exchanges.SelectMany(exchange => exchange.Findings).ShouldAllBe(finding => finding.StartsWith("client: "));
        rig.Console.ToString().ShouldContain("client: the request has what the spec answers 400 \"undefined push_token\"");
    }
}
