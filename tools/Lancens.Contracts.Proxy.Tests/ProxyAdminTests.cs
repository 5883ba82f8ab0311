using System.Net;
using System.Text.Json;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Proxy.Tests.Support;

namespace Lancens.Contracts.Proxy.Tests;

/// <summary>The proxy's own endpoints: what they answer, to whom, and that nothing under their prefix reaches the upstream.</summary>
public sealed class ProxyAdminTests
{
    [Fact]
    public async Task Verdicts_AndExchanges_AnswerJsonOfWhatWasJudged()
    {
        await using var rig = await Rig.StartAsync();
        using var client = rig.ProxyClient();
        await new Story(client, rig).LoginAsync(Rig.First);
        await client.GetAsync($"{Rig.Spec.BasePath}/user/token", TestContext.Current.CancellationToken);

        // The exchanges first: they must wait for the last exchange's judgement on their own, as the verdicts do.
        using var exchanges = JsonDocument.Parse(await client.GetStringAsync($"{AdminRoutes.Exchanges.Path}?limit=1", TestContext.Current.CancellationToken));
        using var verdicts = JsonDocument.Parse(await client.GetStringAsync(AdminRoutes.Verdicts.Path, TestContext.Current.CancellationToken));

        verdicts.RootElement.GetProperty("judged").GetInt64().ShouldBe(2);
        verdicts.RootElement.GetProperty("assumptions").EnumerateArray().Select(entry => entry.GetProperty("verdict").GetString()).ShouldContain("not-seen");
        var last = exchanges.RootElement.GetProperty("exchanges").EnumerateArray().ShouldHaveSingleItem();
        last.GetProperty("exchange").GetProperty("number").GetInt64().ShouldBe(2);
        last.GetProperty("findings")[0].GetString().ShouldStartWith("client: ");
    }

    [Fact]
    public async Task Report_OnDemand_WritesMarkdownAndHtml()
    {
        await using var rig = await Rig.StartAsync();
        using var client = rig.ProxyClient();
        await new Story(client, rig).LoginAsync(Rig.First);

        using var response = await client.PostAsync(AdminRoutes.Report.Path, null, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var markdown = File.ReadAllText(Path.Combine(rig.ReportDirectory, "drift-report.md"));
        markdown.ShouldContain("| `login-response-time` | confirmed | 1/0 |");
        markdown.ShouldContain("## `POST /v1/api/user/login` (login)");
        File.ReadAllText(Path.Combine(rig.ReportDirectory, "drift-report.html")).ShouldContain("<td><code>login-response-time</code></td><td>confirmed</td>");
    }

    [Fact]
    public async Task AdminKey_RefusesWhoeverDoesNotSendIt()
    {
        await using var rig = await Rig.StartAsync(proxyOptions: options => options with { AdminKey = "proxy-admin-key" });
        using var client = rig.ProxyClient();

        using var refused = await client.GetAsync(AdminRoutes.Verdicts.Path, TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, AdminRoutes.Verdicts.Path);
        request.Headers.Add(MockControl.AdminKeyHeader, "proxy-admin-key");
        using var allowed = await client.SendAsync(request, TestContext.Current.CancellationToken);
        using var health = await client.GetAsync(AdminRoutes.Health.Path, TestContext.Current.CancellationToken);

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        JsonDocument.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("message").GetString().ShouldNotBeNull().ShouldContain(MockControl.AdminKeyHeader);
        allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AdminPrefix_IsNeverForwarded()
    {
        await using var rig = await Rig.StartAsync();
        using var client = rig.ProxyClient();

        using var response = await client.PostAsync(AdminRoutes.Arm.Path, new StringContent("{\"fault\":\"reset\"}"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("message").GetString().ShouldStartWith("no proxy endpoint POST /__lancens/arm");
        rig.Engine.Armed.ShouldBeEmpty();
    }
}
