using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.MockServer.Tests.Admin;

/// <summary>The console page at the admin root, from inside the assembly, behind the same guard, and the catalog and journal it reads.</summary>
public sealed class ConsoleTests
{
    private static ApiSpecification Spec => TestSpec.Spec;

    [Fact]
    public async Task ConsolePage_LoopbackClient_IsHtmlWithOnlyItsOwnScriptAndStyle()
    {
        await using var engine = await Engine.StartAsync();

        using var client = new HttpClient();
        using var page = await client.GetAsync(AdminRoutes.Console.On(engine.Mock.RootUrl), TestContext.Current.CancellationToken);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        page.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        page.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'self'");
        html.ShouldContain("<script src=\"console/console.js\"");
        html.ShouldNotContain("http://", customMessage: "nothing loads from elsewhere: the mock works offline");
        html.ShouldNotContain("https://");
        foreach (var asset in new[] { "console/console.js", "console/console.css" })
        {
            using var file = await client.GetAsync(new Uri(AdminRoutes.Console.On(engine.Mock.RootUrl), asset), TestContext.Current.CancellationToken);
            file.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, asset);
        }
    }

    [Fact]
    public async Task ConsolePage_WithAnAdminKey_LoadsForAnyoneWhileItsDataNeedsTheKey()
    {
        const string Key = "console-key";
        await using var engine = await Engine.StartAsync(new LancensMockOptions { AdminKey = Key });

        var page = await engine.Client.AdminAsync(HttpMethod.Get, AdminRoutes.Console.Name);
        var catalog = await engine.Client.AdminAsync(HttpMethod.Get, AdminRoutes.Catalog.Name);
        var withKey = await engine.Client.AdminAsync(HttpMethod.Get, AdminRoutes.Catalog.Name, key: Key);

        (page.Status, page.MediaType).ShouldBe((200, "text/html"));
        page.Body.ShouldNotContain(Key);
        catalog.Status.ShouldBe(403);
        withKey.Status.ShouldBe(200);
    }

    [Fact]
    public async Task Refusal_WithAnAdminKey_NamesTheHeaderTheKeyGoesInAndTheScriptKeepsNoCopyOfIt()
    {
        await using var engine = await Engine.StartAsync(new LancensMockOptions { AdminKey = "console-key" });

        var refused = await engine.Client.AdminAsync(HttpMethod.Get, AdminRoutes.Catalog.Name);
        var script = await engine.Client.AdminAsync(HttpMethod.Get, "console/console.js");

        (refused.Status, refused.Read<string>("keyHeader")).ShouldBe((403, MockControl.AdminKeyHeader));
        (script.Status, script.MediaType).ShouldBe((200, "text/javascript"));
        script.Body.ShouldNotContain(MockControl.AdminKeyHeader, Case.Insensitive);
    }

    [Fact]
    public async Task Catalog_ListsEveryDocumentedAnswerWithItsTextAndHowItIsCaused()
    {
        await using var engine = await Engine.StartAsync();

        var catalog = (await engine.Client.AdminAsync(HttpMethod.Get, AdminRoutes.Catalog.Name)).Json!.Value;

        var answers = catalog.GetProperty("operations").EnumerateArray()
            .SelectMany(operation => operation.GetProperty("answers").EnumerateArray()
                .Select(answer => $"{operation.GetProperty("id").GetString()} {answer.GetProperty("status").GetInt32()} {answer.GetProperty("example").GetString()}"))
            .ToList();
        answers.ShouldBe(Spec.DocumentedResponses.Select(answer => answer.Key.ToString()));
        catalog.GetProperty("operations").EnumerateArray().SelectMany(operation => operation.GetProperty("answers").EnumerateArray())
            .ShouldAllBe(answer => answer.GetProperty("caused").GetString()!.Length > 0);
    }

    [Fact]
    public async Task Catalog_ListsEveryAdminEndpointWithItsMethodsAndWhatItIsFor()
    {
        await using var engine = await Engine.StartAsync();

        var catalog = (await engine.Client.AdminAsync(HttpMethod.Get, AdminRoutes.Catalog.Name)).Json!.Value;

        catalog.GetProperty("adminRoutes").EnumerateArray()
            .Select(route => (route.GetProperty("path").GetString(), string.Join("|", route.GetProperty("methods").EnumerateArray().Select(method => method.GetString())), route.GetProperty("purpose").GetString()))
            .ShouldBe(AdminRoutes.All.Select(route => ((string?)route.Path, string.Join("|", route.Methods), (string?)route.Purpose)));
        AdminRoutes.All.ShouldAllBe(route => route.Purpose.Length > 0);
    }

    [Fact]
    public async Task Journal_AfterANumber_AnswersOnlyTheNewerEntries()
    {
        await using var engine = await Engine.StartAsync();
        await engine.LoginAsync("alice");
        var seen = engine.Mock.Journal.Last().Number;
        await engine.LoginAsync("bob");

        var newer = await engine.Client.AdminAsync(HttpMethod.Get, $"{AdminRoutes.Journal.Name}?after={seen}");

        var numbers = newer.Json!.Value.GetProperty("requests").EnumerateArray().Select(entry => entry.GetProperty("number").GetInt64()).ToList();
        numbers.ShouldBe([seen + 1]);
        (await engine.Client.AdminAsync(HttpMethod.Get, $"{AdminRoutes.Journal.Name}?after=x")).Status.ShouldBe(400);
    }
}
