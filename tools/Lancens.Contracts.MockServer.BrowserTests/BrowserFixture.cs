using Microsoft.Playwright;

namespace Lancens.Contracts.MockServer.BrowserTests;

/// <summary>
/// One headless Chromium for the tests of a class: Debian's (<c>apt-get install chromium</c>), launched by its path,
/// since nothing may download a browser here. Where it is missing the tests skip, saying so; CI installs it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Another Chromium to drive, instead of /usr/bin/chromium.</summary>
    public const string ChromiumVariable = "LANCENS_CHROMIUM";

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public string? Missing { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            Missing = $"no Chromium at {chromium}: install Debian's (apt-get install chromium) or set {ChromiumVariable}";
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // As root in a container, and with no network but loopback: nothing of Chromium's own may phone home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh page in a fresh context (its own session storage), or a skip with the reason.</summary>
    public async Task<IPage> NewPageAsync()
    {
        if (Browser is null)
        {
            Assert.Skip(Missing ?? "the browser did not start");
        }

        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1400 } });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
