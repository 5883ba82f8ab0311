using Lancens.Contracts.Model;
using Lancens.Contracts.WireMockNet.Tests.Support;

namespace Lancens.Contracts.WireMockNet.Tests;

/// <summary>What AddLancensApi leaves on a server: stable stubs, the base path it was given, and unknown routes only where asked.</summary>
public sealed class RegistrationTests : IDisposable
{
    private static readonly ApiSpecification Spec = RepositorySpec.Specification;

    private readonly TeamServer _team = new();

    [Fact]
    public void AddLancensApi_Twice_ReplacesItsStubsRatherThanAddingMore()
    {
        var first = _team.Server.AddLancensApi(new LancensApiOptions { Spec = Spec });
        var count = _team.Server.Mappings.Count();

        var second = _team.Server.AddLancensApi(new LancensApiOptions { Spec = Spec });

        second.Mappings.ShouldBe(first.Mappings);
        _team.Server.Mappings.Count().ShouldBe(count);
        first.Mappings.ShouldBeUnique();
    }

    [Fact]
    public async Task AddLancensApi_UnderAnotherBasePath_AnswersThereAndNotUnderTheSpecsOwn()
    {
        const string BasePath = "/lancens/v1/api";
        var api = _team.Server.AddLancensApi(new LancensApiOptions { Spec = Spec, BasePath = BasePath });
        var lancens = new Support.Lancens(_team, api.Spec);
        var login = api.Spec.OperationFor(EffectAction.Login);

        var moved = await _team.SendAsync(lancens.Actions.Login().Request, new Scenarios.LoginSession("doorbell_user", "s3cret-pass", string.Empty));
        var original = await _team.SendAsync(login.Method, Spec.OperationFor(EffectAction.Login).PathTemplate, body: "{}");

        api.BaseUrl.AbsolutePath.ShouldBe(BasePath);
        Support.Lancens.ShouldBe(moved, login.SuccessAnswer);
        original.Message.ShouldNotBe(Spec.UnknownRoute.Message);
        original.Status.ShouldBe(404, "WireMock.Net's own answer when no stub matches");
    }

    [Fact]
    public async Task UnknownRoutes_ByDefault_AnswerTheSpecsBodyOnlyUnderTheBasePath()
    {
        _team.Server.AddLancensApi(new LancensApiOptions { Spec = Spec });

        var under = await _team.SendAsync(HttpMethod.Get, $"{Spec.BasePath}/no/such/route");
        var elsewhere = await _team.SendAsync(HttpMethod.Get, "/another/vendor/route");

        (under.Status, under.Message).ShouldBe((Spec.UnknownRoute.Status, Spec.UnknownRoute.Message));
        elsewhere.Message.ShouldBeNull("a route outside the base path keeps WireMock.Net's own answer");
    }

    [Fact]
    public async Task UnknownRoutes_Everywhere_AnswerTheSpecsBodyOnAnyPath()
    {
        _team.Server.AddLancensApi(new LancensApiOptions { Spec = Spec, UnknownRoutes = UnknownRoutes.Everywhere });

        var elsewhere = await _team.SendAsync(HttpMethod.Post, "/", body: "{}");

        (elsewhere.Status, elsewhere.Message).ShouldBe((Spec.UnknownRoute.Status, Spec.UnknownRoute.Message));
    }

    [Fact]
    public void AddLancensApi_ABasePathThatIsNoPath_IsRefused()
    {
        Should.Throw<ArgumentException>(() => _team.Server.AddLancensApi(new LancensApiOptions { Spec = Spec, BasePath = "lancens/" }));
    }

    public void Dispose() => _team.Dispose();
}
