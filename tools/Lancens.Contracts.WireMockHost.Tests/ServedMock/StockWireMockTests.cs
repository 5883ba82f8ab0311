using System.Diagnostics;
using System.Text;
using Lancens.Contracts.WireMockHost.Tests.Server;

namespace Lancens.Contracts.WireMockHost.Tests.ServedMock;

/// <summary>
/// mocks/ is a WireMock root any team can serve as it is: the stock jar with only --root-dir and --port,
/// no extension and no other flag (no launcher, no templating switch, no journal bound).
/// </summary>
[Collection(WireMockCollection.Name)]
public sealed class StockWireMockTests
{
    [Fact]
    public async Task StockJar_WithOnlyRootDirAndPort_ServesTheGeneratedMock()
    {
        var cancel = TestContext.Current.CancellationToken;
        var mocks = TestRepository.Layout.MocksDirectory;
        var jar = await WireMockJar.EnsureAsync(mocks, cancel);
        var port = FreePort.Pick(System.Net.IPAddress.Loopback);
        var start = new ProcessStartInfo(JavaExecutable.Find()) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-jar", jar, "--root-dir", mocks, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var java = Process.Start(start)!;
        var output = new StringBuilder();
        java.OutputDataReceived += (_, line) => output.AppendLine(line.Data);
        java.ErrorDataReceived += (_, line) => output.AppendLine(line.Data);
        java.BeginOutputReadLine();
        java.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            await WaitUntilHealthyAsync(client, java, output, cancel);

            using var noToken = await client.GetAsync("/v1/api/user/token", cancel);
            ((int)noToken.StatusCode, await noToken.Content.ReadAsStringAsync(cancel)).ShouldBe((401, """{"message":"no token"}"""));

            using var login = await client.PostAsync("/v1/api/user/login", new StringContent("""{"username": "doorbell_user", "password": "s3cret-pass"}""", Encoding.UTF8, "application/json"), cancel);
            ((int)login.StatusCode).ShouldBe(201, "login answers a templated token: local response templating works without flags");
            (await login.Content.ReadAsStringAsync(cancel)).ShouldNotContain("{{");
        }
        finally
        {
            java.Kill(entireProcessTree: true);
            await java.WaitForExitAsync(cancel);
        }
    }

    private static async Task WaitUntilHealthyAsync(HttpClient client, Process java, StringBuilder output, CancellationToken cancel)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            java.HasExited.ShouldBeFalse($"WireMock exited: {output}");
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
                // Not listening yet.
            }

            await Task.Delay(50, cancel);
        }

        throw new TimeoutException($"WireMock was not ready within 60 s: {output}");
    }
}
