using Lancens.Contracts.MockServer;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Cli.Tests;

/// <summary>
/// <c>lancens arm</c> against a running engine: a client that cannot add headers (a release build of the app) gets the
/// armed documented error on its next request, and only there.
/// </summary>
public sealed class ArmCommandTests : IAsyncLifetime
{
    private static readonly ApiSpecification Spec = RepositorySpec.Specification;
    private LancensMock? _engine;

    public async ValueTask InitializeAsync() =>
        _engine = await LancensMock.StartAsync(new LancensMockOptions { Spec = Spec }, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_engine is not null)
        {
            await _engine.DisposeAsync();
        }
    }

    [Fact]
    public async Task Arm_TheCatalogsCommand_AnswersTheNextRequestOnlyWithThatError()
    {
        var resource = Spec.Resources[0];
        var register = Spec.OperationFor(EffectAction.Register, resource);
        var forced = register.Errors.First(error => error.Trigger == ErrorTrigger.Forced);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        var actions = new ActionRequests(Spec, new TestValues(5));
        var session = await ServeCommandTests.LoginAsync(client, _engine!.BaseUrl, actions, actions.NewAccount());

        var (exitCode, output, errors) = await CliRunner.RunAsync(RepositorySpec.Layout.Root, [.. Arguments(MockControl.ArmCommand(forced)), "--url", _engine.RootUrl.AbsoluteUri]);
        using var first = await ServeCommandTests.SendAsync(client, _engine.BaseUrl, actions.Register(resource, actions.NewKey(resource)).Request, session);
        using var second = await ServeCommandTests.SendAsync(client, _engine.BaseUrl, actions.Register(resource, actions.NewKey(resource)).Request, session);

        (exitCode, errors).ShouldBe((0, string.Empty));
        output.ShouldContain(forced.Message);
        ((int)first.StatusCode, await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe((forced.Status, $"{{\"message\":\"{forced.Message}\"}}"));
        ((int)second.StatusCode).ShouldBe(register.Success.Status);
    }

    [Fact]
    public async Task Arm_ListAndClear_ShowAndForgetWhatIsArmed()
    {
        var url = _engine!.RootUrl.AbsoluteUri;
        await CliRunner.RunAsync(RepositorySpec.Layout.Root, "arm", "--fault", "delay=100", "--times", "3", "--url", url);

        var listed = await CliRunner.RunAsync(RepositorySpec.Layout.Root, "arm", "--list", "--url", url);
        var cleared = await CliRunner.RunAsync(RepositorySpec.Layout.Root, "arm", "--clear", "--url", url);

        listed.Output.ShouldContain("\"remaining\":3");
        cleared.ExitCode.ShouldBe(0);
        _engine.Armed.ShouldBeEmpty();
    }

    [Fact]
    public async Task Arm_AnUndocumentedText_FailsNamingIt()
    {
        var (exitCode, _, errors) = await CliRunner.RunAsync(RepositorySpec.Layout.Root, "arm", "--error", "no such error", "--url", _engine!.RootUrl.AbsoluteUri);

        exitCode.ShouldBe(1);
        errors.ShouldContain("no such error");
        _engine.Armed.ShouldBeEmpty();
    }

    [Fact]
    public async Task Arm_WithNoMockRunning_SaysToStartOne()
    {
        var url = _engine!.RootUrl.AbsoluteUri;
        await _engine.DisposeAsync();
        _engine = null;

        var (exitCode, _, errors) = await CliRunner.RunAsync(RepositorySpec.Layout.Root, "arm", "--error", "10001", "--url", url);

        exitCode.ShouldBe(1);
        errors.ShouldContain("lancens serve");
    }

    // "lancens arm --error \"push_token exist\" --operation x" -> the arguments after "lancens", quotes removed.
    private static string[] Arguments(string command) =>
        [.. System.Text.RegularExpressions.Regex.Matches(command, "\"([^\"]*)\"|(\\S+)").Select(match => match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value).Skip(1)];
}
