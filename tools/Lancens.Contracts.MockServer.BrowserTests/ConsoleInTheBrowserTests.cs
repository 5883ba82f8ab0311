using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lancens.Contracts.MockServer.BrowserTests;

/// <summary>QA's console in Chromium, as QA uses it: arm from the page, send from an app, watch the live journal; move the clock; the key prompt.</summary>
public sealed class ConsoleInTheBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly ApiSpecification Spec = RepositorySpec.Specification;

    /// <summary>Where the tests leave their screenshots, for the README and for whoever looks at a failure.</summary>
    private static readonly string Screenshots = Path.Combine(RepositorySpec.Layout.Root, "artifacts", "console-screenshots");

    [Fact]
    public async Task ArmedErrorForOneAccountTwice_ThreeRequestsOfIt_TheJournalShowsTwoErrorsThenASuccess()
    {
        var register = Spec.OperationFor(EffectAction.Register, Spec.Resources[0]);
        var database = register.Errors.Single(error => error.Category == ErrorCategory.Database && error.Message == "10051");
        await using var mock = await StartAsync();
        using var app = new AppClient(mock);
        var alice = await app.LoginAsync(app.NewAccount());
        var page = await OpenAsync(mock);

        await page.GetByLabel("Operation", new() { Exact = true }).First.SelectOptionAsync(register.Id);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Arm {database.Message} for {register.Id}" }).ClickAsync();
        await page.GetByLabel("Only for the account").FillAsync(alice.Username);
        await page.GetByLabel("Times").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Arm", Exact = true }).ClickAsync();
        await Expect(page.Locator("#armed tbody tr")).ToHaveCountAsync(1);

        var answers = new[] { await app.RegisterAsync(alice, register.Effect.Resource!), await app.RegisterAsync(alice, register.Effect.Resource!), await app.RegisterAsync(alice, register.Effect.Resource!) };

        answers.Select(answer => answer.Status).ShouldBe([database.Status, database.Status, register.Success.Status]);
        var journal = page.Locator("#journal tbody tr").Filter(new() { HasText = register.Route.Split(' ')[1] });
        await Expect(journal.Filter(new() { HasText = "armed answer" })).ToHaveCountAsync(2);
        await Expect(journal.Filter(new() { HasText = $"{register.Id} {register.Success.Status}" })).ToHaveCountAsync(1);
        await Expect(page.Locator("#armed tbody tr")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "console-journal.png"), FullPage = true });
    }

    [Fact]
    public async Task ClockAdvancedPastTheExpiry_ATokenIssuedBefore_AnswersInvalidTokenAndANewLoginWorks()
    {
        var query = Spec.OperationFor(EffectAction.Query, Spec.Resources[0]);
        await using var mock = await StartAsync();
        using var app = new AppClient(mock);
        var account = app.NewAccount();
        var before = await app.LoginAsync(account);
        var page = await OpenAsync(mock);

        await page.GetByLabel("Move the clock forward by").FillAsync("31d");
        await page.GetByRole(AriaRole.Button, new() { Name = "Advance" }).ClickAsync();
        await Expect(page.Locator("#clock-offset")).ToHaveTextAsync("31d ahead of real time");

        var expired = await app.QueryAsync(before, query.Effect.Resource!);
        expired.Status.ShouldBe(query.Error(ErrorCategory.InvalidToken).Status);
        expired.Body.ShouldContain(query.Error(ErrorCategory.InvalidToken).Message);
        var renewed = await app.LoginAsync(account);
        (await app.QueryAsync(renewed, query.Effect.Resource!)).Status.ShouldBe(query.Error(ErrorCategory.NoData).Status);
        await Expect(page.Locator("#journal tbody tr").Filter(new() { HasText = "invalid-token" })).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "console-clock.png"), FullPage = true });
    }

    [Fact]
    public async Task MockWithAnAdminKey_ThePageAsksForIt_AndWorksOnlyWithTheRightOne()
    {
        const string Key = "the-qa-teams-key";
        await using var mock = await StartAsync(new LancensMockOptions { AdminKey = Key });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(AdminRoutes.Console.On(mock.RootUrl).AbsoluteUri);

        await Expect(page.GetByLabel("Admin key", new() { Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Admin key", new() { Exact = true }).FillAsync("not-the-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this key" }).ClickAsync();
        await Expect(page.Locator("#key-error")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("#console")).ToBeHiddenAsync();

        await page.GetByLabel("Admin key", new() { Exact = true }).FillAsync(Key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this key" }).ClickAsync();
        await Expect(page.Locator("#console")).ToBeVisibleAsync();
        await Expect(page.Locator("#answers tbody tr")).Not.ToHaveCountAsync(0);
    }

    [Fact]
    public async Task EveryControl_HasAnAccessibleNameAndTheArmFormWorksFromTheKeyboard()
    {
        await using var mock = await StartAsync();
        var page = await OpenAsync(mock);

        var unnamed = await page.EvaluateAsync<string[]>(
            """() => [...document.querySelectorAll('#console input, #console select, #console button')].filter(e => !(e.labels?.length || e.getAttribute('aria-label') || e.textContent.trim())).map(e => e.id || e.outerHTML)""");
        unnamed.ShouldBeEmpty();

        await page.GetByLabel("Only for the account").FocusAsync();
        await page.Keyboard.TypeAsync("keyboard_user");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#armed tbody tr").Filter(new() { HasText = "keyboard_user" })).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "console.png"), FullPage = true });
    }

    private static Task<LancensMock> StartAsync(LancensMockOptions? options = null) =>
        LancensMock.StartAsync((options ?? new LancensMockOptions()) with { Spec = Spec, Port = 0, BindAddress = "127.0.0.1" }, TestContext.Current.CancellationToken);

    private async Task<IPage> OpenAsync(LancensMock mock)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(AdminRoutes.Console.On(mock.RootUrl).AbsoluteUri);
        await Expect(page.Locator("#console")).ToBeVisibleAsync();
        return page;
    }
}
