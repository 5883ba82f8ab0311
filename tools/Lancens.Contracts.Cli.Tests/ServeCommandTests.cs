using System.Net;
using System.Text;
using Lancens.Contracts.Cli.Serving;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Cli.Tests;

/// <summary><c>lancens serve</c> as a user runs it: the engine by default, no Java needed, and clear errors.</summary>
public sealed class ServeCommandTests
{
    private static readonly ApiSpecification Spec = RepositorySpec.Specification;

    [Fact]
    public async Task Serve_ByDefault_RunsTheEngineThatRemembersWhatWasRegistered()
    {
        await using var serve = CliRunner.Start(RepositorySpec.Layout.Root, "serve", "--port", "0");
        var baseUrl = await ReadyUrlAsync(serve);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        var actions = new ActionRequests(Spec, new TestValues(3));
        var account = actions.NewAccount();
        var session = await LoginAsync(client, baseUrl, actions, account);
        var resource = Spec.Resources[0];
        var key = actions.NewKey(resource);

        using var register = await SendAsync(client, baseUrl, actions.Register(resource, key).Request, session);
        using var query = await SendAsync(client, baseUrl, actions.Query(resource).Request, session);

        ((int)register.StatusCode).ShouldBe(Spec.OperationFor(EffectAction.Register, resource).Success.Status);
        ((int)query.StatusCode).ShouldBe(200);
        (await query.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain($"\"{key}\"");
        serve.Output.ShouldContain($"{MockControl.ErrorHeader}:");
        serve.Output.ShouldContain("lancens arm");
        serve.Output.ShouldContain($"{MockControl.FaultHeader}: {MockFault.Accepted}");
        serve.Output.ShouldContain(AdminRoutes.Console.On(new Uri(baseUrl, "/")).AbsoluteUri);
    }

    [Fact]
    public async Task Serve_WireMockNetOutsideACheckout_ServesTheStubsOfTheBundledSpec()
    {
        var outside = Directory.CreateTempSubdirectory("lancens-outside-").FullName;
        await using var serve = CliRunner.Start(outside, "serve", "--engine", "wiremock-net", "--port", "0");
        var baseUrl = await ReadyUrlAsync(serve);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        var actions = new ActionRequests(Spec, new TestValues(5));
        var session = await LoginAsync(client, baseUrl, actions, actions.NewAccount());
        var resource = Spec.Resources[0];

        using var before = await SendAsync(client, baseUrl, actions.Query(resource).Request, session);
        using var register = await SendAsync(client, baseUrl, actions.Register(resource, actions.NewKey(resource)).Request, session);
        using var after = await SendAsync(client, baseUrl, actions.Query(resource).Request, session);
        using var unknown = await client.PostAsync(new Uri(baseUrl, "/"), new StringContent("{}"), TestContext.Current.CancellationToken);

        var query = Spec.OperationFor(EffectAction.Query, resource);
        ((int)before.StatusCode).ShouldBe(query.Error(ErrorCategory.NoData).Status);
        ((int)register.StatusCode).ShouldBe(Spec.OperationFor(EffectAction.Register, resource).Success.Status);
        ((int)after.StatusCode).ShouldBe(query.Success.Status);
        ((int)unknown.StatusCode).ShouldBe(Spec.UnknownRoute.Status);
        (await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain(Spec.UnknownRoute.Message);
        serve.Output.ShouldStartWith("Starting WireMock.Net");
        serve.Output.ShouldContain($"{MockControl.FaultHeader}: {MockFault.AcceptedWith(MockControl.ConnectionFaults.Where(fault => fault.Kind is ConnectionFaultKind.Empty or ConnectionFaultKind.MalformedChunk))}");
    }

    [Fact]
    public async Task Serve_EngineOptionsWithWireMockNet_AreRefusedSayingWhy()
    {
        var (exitCode, _, errors) = await CliRunner.RunAsync(RepositorySpec.Layout.Root, "serve", "--engine", "wiremock-net", "--admin-key", "secret");

        exitCode.ShouldBe(64);
        errors.ShouldContain("--admin-key");
    }

    [Fact]
    public async Task Serve_BrokenSpec_ExitsWithTheFileAndProblemAndNoStackTrace()
    {
        var copy = TestRepository.Copy();
        File.WriteAllText(Path.Combine(copy, "spec/lancens-user-api.yaml"), "openapi: [\n");

        var (exitCode, _, errors) = await CliRunner.RunAsync(copy, "serve", "--port", "0");

        exitCode.ShouldBe(2);
        errors.ShouldContain(Path.Combine(copy, "spec", "lancens-user-api.yaml"));
        errors.ShouldContain("not valid YAML");
        errors.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Serve_EngineOptionsWithWireMock_AreRefusedSayingWhy()
    {
        var (exitCode, _, errors) = await CliRunner.RunAsync(RepositorySpec.Layout.Root, "serve", "--engine", "wiremock", "--account", "someone:secret-99");

        exitCode.ShouldBe(64);
        errors.ShouldContain("--account");
    }

    [Fact]
    public async Task Serve_AnAccountWithoutPassword_IsRefused()
    {
        var (exitCode, _, errors) = await CliRunner.RunAsync(RepositorySpec.Layout.Root, "serve", "--account", "nopassword");

        exitCode.ShouldBe(64);
        errors.ShouldContain("USER:PASSWORD");
    }

    [Theory]
    [InlineData(":Secret-Pw-123")]
    [InlineData("user:")]
    public async Task Serve_ABrokenAccountLineInAFile_IsRefusedNamingTheLineNeverItsText(string broken)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("lancens-accounts-").FullName, "accounts.txt");
        File.WriteAllText(file, $"# the team's accounts\nfine_user:Fine-Pw-456\n{broken}\n");

        var (exitCode, output, errors) = await CliRunner.RunAsync(RepositorySpec.Layout.Root, "serve", "--port", "0", "--accounts", file);

        exitCode.ShouldBe(64);
        errors.ShouldContain("line 3");
        (output + errors).ShouldNotContain("Secret-Pw-123");
        (output + errors).ShouldNotContain("Fine-Pw-456");
    }

    [Fact]
    public async Task Serve_AccountsFromAFile_LetOnlyThoseLogIn()
    {
        var actions = new ActionRequests(Spec, new TestValues(5));
        var (known, stranger) = (actions.NewAccount(), actions.NewAccount());
        var file = Path.Combine(Directory.CreateTempSubdirectory("lancens-accounts-").FullName, "accounts.txt");
        File.WriteAllText(file, $"{known.Username}:{known.Password}\n");
        await using var serve = CliRunner.Start(RepositorySpec.Layout.Root, "serve", "--port", "0", "--accounts", file);
        var baseUrl = await ReadyUrlAsync(serve);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });

        await LoginAsync(client, baseUrl, actions, known);
        using var refused = await SendAsync(client, baseUrl, actions.Login().Request, new LoginSession(stranger.Username, stranger.Password, string.Empty));

        (await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain(Spec.OperationFor(EffectAction.Login).Error(ErrorCategory.Credentials).Message);
        serve.Output.ShouldNotContain(known.Password);
    }

    [Fact]
    public async Task Serve_Interrupted_StopsGracefullyCuttingADelayInFlightShort()
    {
        await using var serve = CliRunner.Start(RepositorySpec.Layout.Root, "serve", "--port", "0");
        var baseUrl = await ReadyUrlAsync(serve);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        var inFlight = client.SendAsync(new HttpRequestMessage(HttpMethod.Get, Spec.OperationFor(EffectAction.Query, Spec.Resources[0]).PathTemplate.Replace(Spec.BasePath, baseUrl.AbsoluteUri.TrimEnd('/'), StringComparison.Ordinal))
        {
            Headers = { { MockControl.FaultHeader, MockControl.Delay((int)MockControl.MaxDelay.TotalMilliseconds) }, { Spec.TokenHeader, "some-token" } },
        }, TestContext.Current.CancellationToken);
        await HealthAsync(baseUrl);

        await Signal(serve.Id, "INT");

        // Well before the 30 s delay could have ended on its own: the stop cut it short.
        (await serve.WaitForExitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken)).ShouldBeTrue(serve.Output);
        serve.ExitCode.ShouldBe(0, serve.Output);
        serve.Output.ShouldContain("Stopping ...");
        await Should.ThrowAsync<HttpRequestException>(inFlight);
    }

    [Theory]
    [InlineData("0.0.0.0", true)]
    [InlineData("127.0.0.1", false)]
    public void ReadyBanner_BoundBeyondLoopback_WarnsThatTheMockIsReachable(string bind, bool warns)
    {
        var settings = new ServeSettings(ServeEngine.Mock, 8080, bind, Https: false, null, 10, [], AdminKey: null, new MockServer.State.StoreBounds());
        var output = new StringWriter();

        ReadyBanner.Print(output, new Commands.Workspace(Spec, RepositorySpec.Layout), settings, new Uri("http://127.0.0.1:8080/"), TimeSpan.FromSeconds(0.4), null);

        output.ToString().Contains("WARNING", StringComparison.Ordinal).ShouldBe(warns);
        output.ToString().ShouldStartWith("Ready in 0.40 s: http://127.0.0.1:8080/v1/api");
    }

    /// <summary>Waits, bounded, for serve's ready line and returns the base URL it printed.</summary>
    internal static async Task<Uri> ReadyUrlAsync(Processes.ChildProcess serve)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(60));
        while (!limit.IsCancellationRequested && !serve.HasExited)
        {
            if (ReadyLine.Find(serve.Output) is { } ready)
            {
                return ready.BaseUrl;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        throw new InvalidOperationException($"serve did not print its ready line:\n{serve.Output}");
    }

    // Usually lets the delayed request reach its delay first; whether or not it did, serve must stop gracefully (the
    // engine's own test pins the cut-short delay down on a clock it controls).
    private static async Task HealthAsync(Uri baseUrl)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        (await client.GetAsync(AdminRoutes.Health.On(new Uri(baseUrl.GetLeftPart(UriPartial.Authority))), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
    }

    private static async Task Signal(int processId, string signal)
    {
        await using var kill = Processes.ChildProcess.Start("kill", [$"-{signal}", processId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        (await kill.WaitForExitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken)).ShouldBeTrue();
    }

    internal static async Task<LoginSession> LoginAsync(HttpClient client, Uri baseUrl, ActionRequests actions, Account account)
    {
        var pending = new LoginSession(account.Username, account.Password, string.Empty);
        using var response = await SendAsync(client, baseUrl, actions.Login().Request, pending);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var login = Spec.LoginAnswer.Read(body) ?? throw new InvalidOperationException($"login answered no token: {body}");
        return pending with { Token = login.Token };
    }

    internal static async Task<HttpResponseMessage> SendAsync(HttpClient client, Uri baseUrl, ScenarioRequest request, LoginSession session)
    {
        using var message = new HttpRequestMessage(request.Method, new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + request.Path[Spec.BasePath.Length..]));
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, RequestPlaceholders.Fill(value, session));
        }

        if (request.Body is not null)
        {
            message.Content = new StringContent(RequestPlaceholders.FillJson(request.Body, session), Encoding.UTF8, MediaTypes.Json);
        }

        return await client.SendAsync(message, TestContext.Current.CancellationToken);
    }
}
