using System.Text;
using System.Text.RegularExpressions;
using Lancens.Contracts.Processes;
using Lancens.Contracts.WireMockHost.Tests.Server;

namespace Lancens.Contracts.WireMockHost.Tests.ServedMock;

/// <summary>
/// mocks/ is a WireMock root any team can serve as it is: the stock jar with only --root-dir and --port,
/// no extension and no other flag (no launcher, no templating switch, no journal bound).
/// </summary>
[Collection(WireMockCollection.Name)]
public sealed partial class StockWireMockTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task StockJar_WithOnlyRootDirAndPort_ServesTheGeneratedMock()
    {
        var cancel = TestContext.Current.CancellationToken;
        var mocks = RepositorySpec.Layout.MocksDirectory;

        // --port 0 lets WireMock bind a free port itself and print it, so no other process can take it first.
        await using var java = ChildProcess.Start(
            WireMockCommandLine.FindJava(), ["-jar", WireMockCommandLine.InstalledJar(mocks), "--root-dir", mocks, "--port", "0"]);
        var port = await WaitForPortAsync(java, cancel);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
        await WaitUntilHealthyAsync(client, java, cancel);

        using var noToken = await client.GetAsync("/v1/api/user/token", cancel);
        ((int)noToken.StatusCode, await noToken.Content.ReadAsStringAsync(cancel)).ShouldBe((401, """{"message":"no token"}"""));

        using var login = await client.PostAsync("/v1/api/user/login", new StringContent("""{"username": "doorbell_user", "password": "s3cret-pass"}""", Encoding.UTF8, "application/json"), cancel);
        ((int)login.StatusCode).ShouldBe(201, "login answers a templated token: local response templating works without flags");
        (await login.Content.ReadAsStringAsync(cancel)).ShouldNotContain("{{");
    }

    /// <summary>The port from WireMock's start-up banner ("port: 41234"), printed once it has bound it.</summary>
    private static async Task<int> WaitForPortAsync(ChildProcess java, CancellationToken cancel)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(StartTimeout);
        while (!deadline.IsCancellationRequested)
        {
            if (BannerPort().Match(java.Output) is { Success: true } match)
            {
                return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            java.HasExited.ShouldBeFalse($"WireMock exited:\n{java.Output}");
            await Task.Delay(50, cancel);
        }

        throw new TimeoutException($"WireMock printed no port within {StartTimeout.TotalSeconds:0} s:\n{java.Output}");
    }

    private static async Task WaitUntilHealthyAsync(HttpClient client, ChildProcess java, CancellationToken cancel)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(StartTimeout);
        while (!deadline.IsCancellationRequested)
        {
            java.HasExited.ShouldBeFalse($"WireMock exited:\n{java.Output}");
            try
            {
                using var health = await client.GetAsync("/__admin/health", cancel);
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not answering yet.
            }

            await Task.Delay(50, cancel);
        }

        throw new TimeoutException($"WireMock was not ready within {StartTimeout.TotalSeconds:0} s:\n{java.Output}");
    }

    [GeneratedRegex(@"^port:\s+(\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex BannerPort();
}
