using Lancens.Contracts.Deviations;
using Lancens.Contracts.Proxy.Evidence;
using Lancens.Contracts.Proxy.Recording;
using Lancens.Contracts.Proxy.Tests.Support;

namespace Lancens.Contracts.Proxy.Tests;

/// <summary>What a recording holds (no secret), and what it is good for afterwards: the same verdicts offline, a replay against a mock.</summary>
public sealed class RecordingTests
{
    [Fact]
    public async Task Recording_HoldsNoPasswordTokenOrRefreshKey()
    {
        await using var rig = await Rig.StartAsync();
        using var client = rig.ProxyClient();
        var story = new Story(client, rig);
        await story.ValidTrafficAsync();
        await rig.Proxy.VerdictsAsync(TestContext.Current.CancellationToken);
        var secrets = story.Answers.Select(answer => Rig.Spec.LoginAnswer.Read(answer.Body)?.Token).OfType<string>()
            .Concat([Rig.First.Password, Rig.Second.Password])
            .Concat(story.Answers.Select(answer => System.Text.Json.Nodes.JsonNode.Parse(answer.Body) is System.Text.Json.Nodes.JsonObject body && body.TryGetPropertyValue("reflash_key", out var key) ? key?.GetValue<string>() : null).OfType<string>())
            .ToList();

        var recording = File.ReadAllText(rig.RecordPath);
        var exchanges = System.Text.Json.JsonSerializer.Serialize(await rig.Proxy.ExchangesAsync(TestContext.Current.CancellationToken));
        var report = (await rig.Proxy.WriteReportAsync(TestContext.Current.CancellationToken))!.Select(File.ReadAllText);

        secrets.Count.ShouldBeGreaterThan(6);
        foreach (var text in new[] { recording, exchanges, rig.Console.ToString() }.Concat(report))
        {
            secrets.Where(secret => text.Contains(secret, StringComparison.Ordinal)).ShouldBeEmpty();
        }

        Har.Read(recording).Count.ShouldBe(story.Answers.Count);
        recording.ShouldContain("<token1>");
    }

    [Theory]
    [InlineData("{\"username\":\"broken_login_user\",\"password\":\"never-seen-pass-7")]
    [InlineData("{\"username\":\"broken_login_user\",\"password\":\"never-seen-pass-7\",}")]
    public async Task Recording_OfABrokenLogin_HoldsNoneOfItsSecrets(string body)
    {
        await using var rig = await Rig.StartAsync();
        using var client = rig.ProxyClient();
        await new Story(client, rig).SendAsync(HttpMethod.Post, "/user/login", null, body);

        var exchanges = await client.GetStringAsync(Model.Mocking.AdminRoutes.Exchanges.Path, TestContext.Current.CancellationToken);
        var inProcess = System.Text.Json.JsonSerializer.Serialize(await rig.Proxy.ExchangesAsync(TestContext.Current.CancellationToken));
        var report = (await rig.Proxy.WriteReportAsync(TestContext.Current.CancellationToken))!.Select(File.ReadAllText);
        var recording = File.ReadAllText(rig.RecordPath);

        foreach (var text in new[] { recording, exchanges, inProcess, rig.Console.ToString() }.Concat(report))
        {
            text.ShouldNotContain("never-seen-pass-7");
            text.ShouldNotContain("broken_login_user");
        }

        Har.Read(recording).ShouldHaveSingleItem().RequestBody.ShouldBe($"<unreadable body: {System.Text.Encoding.UTF8.GetByteCount(body)} bytes>");
    }

    [Fact]
    public async Task Verdicts_OfARecording_AreTheLiveOnes()
    {
        await using var rig = await Rig.StartAsync(Deviation.UpdateForgotten);
        using var client = rig.ProxyClient();
        var story = new Story(client, rig);
        await story.ValidTrafficAsync();
        await story.ClientMistakesAsync();
        var live = await rig.Proxy.VerdictsAsync(TestContext.Current.CancellationToken);

        var offline = Offline.Verdicts(Rig.Spec, File.ReadAllText(rig.RecordPath), rig.Clock);

        offline.Assumptions.Select(Summary).ShouldBe(live.Assumptions.Select(Summary));
        offline.ClientViolations.ShouldBe(live.ClientViolations);
        offline.HostViolations.ShouldBe(live.HostViolations);
        offline.Assumptions.Single(evidence => evidence.Id == "record-reflects-registration").Verdict.ShouldBe(ProxyVerdict.Refuted);
    }

    [Fact]
    public async Task Replay_AgainstTheEngine_AnswersAsTheHostDid()
    {
        var recording = await RecordedMistakesAsync();

        await using var mock = await MockServer.LancensMock.StartAsync(new MockServer.LancensMockOptions { Spec = Rig.Spec }, TestContext.Current.CancellationToken);
        using var handler = new SocketsHttpHandler { UseProxy = false };
        var result = await Replay.RunAsync(Rig.Spec, recording, mock.RootUrl, handler, TestContext.Current.CancellationToken);

        result.Sent.ShouldBe(Har.Read(recording).Count);
        // Only the login of an account the host did not know: the replay's mock lets any account in (the placeholder accounts must).
        var credentials = Rig.Spec.OperationFor(Model.EffectAction.Login).Error(Model.ErrorCategory.Credentials).Message;
        result.Differences.Where(difference => !difference.Host.Contains(credentials, StringComparison.Ordinal)).Select(difference => $"{difference.Request}: {difference.Host} / {difference.Mock}").ShouldBeEmpty();
        result.Differences.ShouldHaveSingleItem().Mock.ShouldContain("<the mock's token>");
    }

    [Fact]
    public async Task Replay_AgainstADeviation_ListsWhereItAnswersOtherwise()
    {
        var recording = await RecordedMistakesAsync();

        await using var broken = await MockServer.LancensMock.StartAsync(DeviationCatalog.Apply(Deviation.NaturalErrorStatus422, Rig.Spec, new MockServer.LancensMockOptions()), TestContext.Current.CancellationToken);
        using var handler = new SocketsHttpHandler { UseProxy = false };
        var result = await Replay.RunAsync(Rig.Spec, recording, broken.RootUrl, handler, TestContext.Current.CancellationToken);

        result.Differences.ShouldContain(difference => difference.What == "status" && difference.Mock.StartsWith("422", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Recording_OfARenamedRefreshKey_HoldsNoneOfTheLoginAnswersStrings()
    {
        await using var rig = await Rig.StartAsync(Deviation.LoginFieldRenamed);
        using var client = rig.ProxyClient();
        var story = new Story(client, rig);
        await story.LoginAsync(Rig.First);
        await story.LoginAsync(Rig.Second);
        await rig.Proxy.VerdictsAsync(TestContext.Current.CancellationToken);
        var strings = story.Answers
            .SelectMany(answer => System.Text.Json.Nodes.JsonNode.Parse(answer.Body)!.AsObject())
            .Where(pair => pair.Value is System.Text.Json.Nodes.JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String)
            .Select(pair => pair.Value!.GetValue<string>())
            .ToList();

        var recording = File.ReadAllText(rig.RecordPath);

        strings.Count.ShouldBe(4);
        strings.Where(secret => recording.Contains(secret, StringComparison.Ordinal)).ShouldBeEmpty();
    }

    private static string Summary(AssumptionEvidence evidence) => $"{evidence.Id} {evidence.Word} {evidence.Confirming}/{evidence.Refuting}";

    // The client mistakes of the story, recorded through the proxy in front of the correct engine.
    private static async Task<string> RecordedMistakesAsync()
    {
        await using var rig = await Rig.StartAsync();
        using var client = rig.ProxyClient();
        await new Story(client, rig).ClientMistakesAsync();
        await rig.Proxy.VerdictsAsync(TestContext.Current.CancellationToken);
        return File.ReadAllText(rig.RecordPath);
    }
}
