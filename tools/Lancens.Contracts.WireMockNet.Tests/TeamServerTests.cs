using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Scenarios;
using Lancens.Contracts.WireMockNet.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Lancens.Contracts.WireMockNet.Tests;

/// <summary>
/// A .NET team's own WireMockServer, which already mocks another vendor, gains the Lancens API with one call and keeps
/// answering its own stub; the Lancens requests answer as the spec documents.
/// </summary>
public sealed class TeamServerTests : IDisposable
{
    private const string WeatherPath = "/weather/v2/today";
    private const string WeatherBody = "{\"sky\":\"clear\",\"celsius\":21}";

    private static readonly ApiSpecification Spec = RepositorySpec.Specification;

    private readonly TeamServer _team = new();
    private readonly DelayClock _clock = new();
    private readonly Support.Lancens _lancens;

    public TeamServerTests()
    {
        _team.Server.Given(Request.Create().WithPath(WeatherPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(WeatherBody));
        _team.Server.AddLancensApi(new LancensApiOptions { Spec = Spec, Time = _clock });
        _lancens = new Support.Lancens(_team, Spec);
    }

    [Fact]
    public async Task TheTeamsOwnStub_AfterAddLancensApi_StillAnswers()
    {
        var weather = await _team.SendAsync(HttpMethod.Get, WeatherPath);

        (weather.Status, weather.Body).ShouldBe((200, WeatherBody));
    }

    [Fact]
    public async Task Login_AnswersTheDocumentedSuccess_WithAFreshTokenEachTimeAndTheSpecsExpiry()
    {
        var login = Spec.OperationFor(EffectAction.Login);
        var account = _lancens.Actions.NewAccount();
        var session = new LoginSession(account.Username, account.Password, string.Empty);

        var first = await _team.SendAsync(_lancens.Actions.Login().Request, session);
        var second = await _team.SendAsync(_lancens.Actions.Login().Request, session);

        Support.Lancens.ShouldBe(first, login.SuccessAnswer);
        Support.Lancens.ShouldBe(second, login.SuccessAnswer);
        var (firstToken, secondToken) = (Spec.LoginAnswer.Read(first.Body)!.Token, Spec.LoginAnswer.Read(second.Body)!.Token);
        firstToken.ShouldNotBe(secondToken);
        firstToken.Length.ShouldBe(Spec.LoginAnswer.ExampleToken.Length);
        var (expiry, rule) = login.Success.Schema.Expiries.Single();
        first.Property(expiry)!.Value.GetInt64().ShouldBe(rule.ValueAt(_clock.GetUtcNow()));
    }

    [Fact]
    public async Task Register_AfterLogin_AnswersTheDocumentedSuccess_AndTheQueryTheRecord()
    {
        var session = await _lancens.LoginAsync();
        var resource = Spec.Resources[0];

        var register = await _lancens.SendAsync(_lancens.Actions.Register(resource, _lancens.Actions.NewKey(resource)), session);
        var query = await _lancens.SendAsync(_lancens.Actions.Query(resource), session);

        Support.Lancens.ShouldBe(register, Spec.OperationFor(EffectAction.Register, resource).SuccessAnswer);
        Support.Lancens.ShouldBe(query, Spec.OperationFor(EffectAction.Query, resource).SuccessAnswer);
    }

    public static IEnumerable<TheoryDataRow<string>> PrecedenceScenarios() =>
        ScenarioCatalog.For(Spec, TargetSeed)
            .Where(scenario => scenario.Kind == CheckKind.Precedence && scenario.Needs == TargetNeeds.None && scenario.Operation.Effect.Action == EffectAction.Register)
            .Select(scenario => new TheoryDataRow<string>(scenario.Id));

    [Theory]
    [MemberData(nameof(PrecedenceScenarios))]
    public async Task Register_WithTwoFaults_AnswersTheOneTheSpecChecksFirst(string scenarioId)
    {
        var scenario = ScenarioCatalog.For(Spec, TargetSeed).Single(candidate => candidate.Id == scenarioId);
        var session = await _lancens.LoginAsync();

        var response = await _team.SendAsync(scenario.Request, session);

        Support.Lancens.ShouldBe(response, scenario.Operation.Answers.Single(answer => answer.Key == scenario.Expected.Answer));
    }

    [Fact]
    public async Task ForcedDatabaseError_ThroughTheErrorHeader_AnswersThatError()
    {
        var session = await _lancens.LoginAsync();
        var (operation, request) = _lancens.Actions.Register(Spec.Resources[0], _lancens.Actions.NewKey(Spec.Resources[0]));
        var database = operation.Errors.Where(error => error.Category == ErrorCategory.Database).ToList();

        database.ShouldNotBeEmpty();
        foreach (var error in database)
        {
            var response = await _team.SendAsync(request.WithHeader(MockControl.ErrorHeader, error.Message), session);
            Support.Lancens.ShouldBe(response, operation.Answer(error));
        }
    }

    [Fact]
    public async Task ForcedError_InAnotherLetterCase_AnswersThatError()
    {
        var session = await _lancens.LoginAsync();
        var (operation, request) = _lancens.Actions.Register(Spec.Resources[0], _lancens.Actions.NewKey(Spec.Resources[0]));
        var error = operation.Errors.First(candidate => candidate.Trigger == ErrorTrigger.Forced && candidate.Message.Any(char.IsLetter));

        var response = await _team.SendAsync(request.WithHeader(MockControl.ErrorHeader.ToLowerInvariant(), error.Message.ToUpperInvariant()), session);

        Support.Lancens.ShouldBe(response, operation.Answer(error));
    }

    [Fact]
    public async Task Delay_ThroughTheFaultHeader_AnswersAsUsualOnlyOnceTheDelayHasPassed()
    {
        var session = await _lancens.LoginAsync();
        var (operation, request) = _lancens.Actions.Register(Spec.Resources[0], _lancens.Actions.NewKey(Spec.Resources[0]));
        var delay = TimeSpan.FromMilliseconds(MockControl.DelayPresetsMilliseconds[^1] - 1);

        var pending = _team.SendAsync(request.WithHeader(MockControl.FaultHeader, MockControl.Delay((int)delay.TotalMilliseconds)), session);
        var due = await _clock.FirstTimer.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        due.ShouldBe(delay);
        pending.IsCompleted.ShouldBeFalse("the answer came before the fake clock reached the delay");
        _clock.Advance(delay);
        Support.Lancens.ShouldBe(await pending, operation.SuccessAnswer);
    }

    public void Dispose() => _team.Dispose();

    private const int TargetSeed = 20261122;
}
