using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.WireMockNet.Tests.Support;

/// <summary>The API as a test drives it: requests from the scenarios' factory, answers judged by the model's response contract.</summary>
internal sealed class Lancens(TeamServer team, ApiSpecification spec)
{
    public ActionRequests Actions { get; } = new(spec, new TestValues(17));

    public ApiSpecification Spec => spec;

    public async Task<LoginSession> LoginAsync()
    {
        var account = Actions.NewAccount();
        var pending = new LoginSession(account.Username, account.Password, string.Empty);
        var response = await team.SendAsync(Actions.Login().Request, pending);
        var login = spec.LoginAnswer.Read(response.Body) ?? throw new InvalidOperationException($"login answered no token: {response}");
        return pending with { Token = login.Token, UserId = login.UserId };
    }

    public Task<ObservedResponse> SendAsync((ApiOperation Operation, ScenarioRequest Request) action, LoginSession session) =>
        team.SendAsync(action.Request, session);

    /// <summary>Asserts the answer is exactly the documented one (status, JSON, schema, text).</summary>
    public static void ShouldBe(ObservedResponse response, DocumentedAnswer expected) =>
        ResponseContract.Problems(expected.Operation, response, expected.Key).ShouldBeEmpty($"{expected} was expected, {response} came back");
}
