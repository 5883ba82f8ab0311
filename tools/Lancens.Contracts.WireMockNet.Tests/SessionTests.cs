using Lancens.Contracts.Model;
using Lancens.Contracts.WireMockNet.Tests.Support;

namespace Lancens.Contracts.WireMockNet.Tests;

/// <summary>
/// What the stubs remember, through one WireMock.Net scenario and nothing else: which kinds are registered and whether
/// the user logged out, for every client at once; no account, token or value.
/// </summary>
public sealed class SessionTests : IDisposable
{
    private static readonly ApiSpecification Spec = RepositorySpec.Specification;

    private readonly TeamServer _team = new();
    private readonly LancensApi _api;
    private readonly Support.Lancens _lancens;

    public SessionTests()
    {
        _api = _team.Server.AddLancensApi(new LancensApiOptions { Spec = Spec });
        _lancens = new Support.Lancens(_team, Spec);
    }

    [Fact]
    public async Task Query_BeforeAndAfterRegistering_AnswersNoDataThenTheRecord()
    {
        var session = await _lancens.LoginAsync();
        var resource = Spec.Resources[^1];
        var query = Spec.OperationFor(EffectAction.Query, resource);

        var before = await _lancens.SendAsync(_lancens.Actions.Query(resource), session);
        await _lancens.SendAsync(_lancens.Actions.Register(resource, _lancens.Actions.NewKey(resource)), session);
        var after = await _lancens.SendAsync(_lancens.Actions.Query(resource), session);
        var other = await _lancens.SendAsync(_lancens.Actions.Query(Spec.Resources[0]), session);

        Support.Lancens.ShouldBe(before, query.Answer(query.Error(ErrorCategory.NoData)));
        Support.Lancens.ShouldBe(after, query.SuccessAnswer);
        if (Spec.Resources[0] != resource)
        {
            other.Status.ShouldBe(before.Status, "the other kind is still not registered");
        }
    }

    [Fact]
    public async Task Logout_ThenAnyToken_AnswersInvalidTokenUntilTheNextLogin()
    {
        var session = await _lancens.LoginAsync();
        var query = Spec.OperationFor(EffectAction.Query, Spec.Resources[0]);
        var logout = await _lancens.SendAsync(_lancens.Actions.Logout(), session);

        var afterLogout = await _lancens.SendAsync(_lancens.Actions.Query(Spec.Resources[0]), session with { Token = "any-token-at-all" });
        var again = await _lancens.LoginAsync();
        var afterLogin = await _lancens.SendAsync(_lancens.Actions.Query(Spec.Resources[0]), again);

        Support.Lancens.ShouldBe(logout, Spec.OperationFor(EffectAction.Logout).SuccessAnswer);
        Support.Lancens.ShouldBe(afterLogout, query.Answer(query.Error(ErrorCategory.InvalidToken)));
        Support.Lancens.ShouldBe(afterLogin, query.Answer(query.Error(ErrorCategory.NoData)));
    }

    [Fact]
    public async Task ResetSession_AfterARegistration_StartsOverWithNothingRegistered()
    {
        var session = await _lancens.LoginAsync();
        var resource = Spec.Resources[0];
        var query = Spec.OperationFor(EffectAction.Query, resource);
        await _lancens.SendAsync(_lancens.Actions.Register(resource, _lancens.Actions.NewKey(resource)), session);

        _api.ResetSession();
        var after = await _lancens.SendAsync(_lancens.Actions.Query(resource), session);

        Support.Lancens.ShouldBe(after, query.Answer(query.Error(ErrorCategory.NoData)));
    }

    [Fact]
    public async Task Register_ABodyPastTheSpecsLimit_AnswersTheInternalError()
    {
        var session = await _lancens.LoginAsync();
        var (operation, request) = _lancens.Actions.Register(Spec.Resources[0], _lancens.Actions.NewKey(Spec.Resources[0]));
        var padded = request with { Body = request.Body![..^1] + $",\"x_padding\":\"{new string('a', Spec.RequestLimits.MaxBodyBytes)}\"}}" };

        var response = await _team.SendAsync(padded, session);

        Support.Lancens.ShouldBe(response, operation.Answer(operation.Error(ErrorCategory.Internal)));
    }

    public void Dispose() => _team.Dispose();
}
