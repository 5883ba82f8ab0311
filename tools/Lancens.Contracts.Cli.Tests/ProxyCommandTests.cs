using System.Text;
using Lancens.Contracts.MockServer;

namespace Lancens.Contracts.Cli.Tests;

/// <summary><c>lancens proxy</c>, <c>verdicts</c> and <c>replay</c> as a user runs them: in front of an engine, on its recording, against a mock.</summary>
public sealed class ProxyCommandTests
{
    [Fact]
    public async Task Proxy_ThenVerdictsAndReplay_OfItsRecording_AgreeWithTheLiveProxy()
    {
        var directory = Directory.CreateTempSubdirectory("lancens-proxy-cli-").FullName;
        var recording = Path.Combine(directory, "run.har");
        await using var engine = await LancensMock.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        await using (var proxy = CliRunner.Start(RepositorySpec.Layout.Root, "proxy", "--upstream", engine.BaseUrl.AbsoluteUri, "--port", "0", "--record", recording, "--report", Path.Combine(directory, "report")))
        {
            var baseUrl = await ServeCommandTests.ReadyUrlAsync(proxy);
            using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
            using var login = await client.PostAsync($"{baseUrl}/user/login", new StringContent("{\"username\":\"cli_proxy_user\",\"password\":\"cli-proxy-pass\"}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            using var missing = await client.PostAsync($"{baseUrl}/user/token", new StringContent("{\"language\":\"en\"}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            var live = await CliRunner.RunAsync(RepositorySpec.Layout.Root, "verdicts", "--url", baseUrl.GetLeftPart(UriPartial.Authority));

            live.ExitCode.ShouldBe(0, live.Errors);
            live.Output.ShouldContain("2 exchanges judged; violations: 1 by clients, 0 by the host");
            proxy.Output.ShouldContain("client: the request has what the spec answers 401 \"no token\"");
            proxy.Output.ShouldNotContain("cli-proxy-pass");

            // Stopped as Ctrl-C or a service manager stops it: the report is written on the way out.
            await using (var terminate = Processes.ChildProcess.Start("kill", ["-TERM", proxy.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                (await terminate.WaitForExitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken)).ShouldBeTrue();
            }

            (await proxy.WaitForExitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken)).ShouldBeTrue(proxy.Output);
            proxy.ExitCode.ShouldBe(0, proxy.Output);
        }

        var offline = await CliRunner.RunAsync(RepositorySpec.Layout.Root, "verdicts", recording);
        var replayed = await CliRunner.RunAsync(RepositorySpec.Layout.Root, "replay", recording, "--url", engine.RootUrl.AbsoluteUri);

        offline.ExitCode.ShouldBe(0, offline.Errors);
        offline.Output.ShouldContain("2 exchanges judged; violations: 1 by clients, 0 by the host");
        offline.Output.ShouldContain("| `login-response-time` | confirmed | 1/0 |");
        replayed.ExitCode.ShouldBe(0, replayed.Output + replayed.Errors);
        replayed.Output.ShouldContain("2 requests replayed, 0 skipped");
        File.ReadAllText(recording).ShouldNotContain("cli-proxy-pass");
        File.Exists(Path.Combine(directory, "report", "drift-report.md")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("proxy", "--upstream", "ftp://host/v1/api")]
    [InlineData("proxy", "--upstream", "not a url")]
    [InlineData("verdicts")]
    public async Task Commands_GivenBadInput_SayWhatTheyNeed(params string[] arguments)
    {
        var (exitCode, _, errors) = await CliRunner.RunAsync(RepositorySpec.Layout.Root, arguments);

        exitCode.ShouldBe(64);
        errors.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Verdicts_OfAFileThatIsNoRecording_SaysSo()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("lancens-proxy-cli-").FullName, "not.har");
        File.WriteAllText(file, "{\"log\": 1}");

        var (exitCode, _, errors) = await CliRunner.RunAsync(RepositorySpec.Layout.Root, "verdicts", file);

        exitCode.ShouldBe(1);
        errors.ShouldContain("not a HAR file");
        errors.ShouldNotContain("   at ");
    }
}
