using System.Text;
using Lancens.Contracts.Model.Checking;

namespace Lancens.Contracts.Model.Tests;

/// <summary>The checks that read a request alone, as the engine and the proxy both run them.</summary>
public sealed class RequestContractTests
{
    private static readonly ApiSpecification Spec = RepositorySpec.Specification;
    private static readonly ApiOperation Register = Spec.OperationFor(EffectAction.Register, "ring");

    private static RequestView Request(string? token, string body) =>
        new(token, JsonBody.Parse(Encoding.UTF8.GetBytes(body), Spec.RequestLimits.MaxBodyBytes));

    [Fact]
    public void Failures_OfAValidRegistration_AreNone()
    {
        RequestContract.Failures(Register, Request("a-token", """{"push_token":"abc","language":"en","dev":1}""")).ShouldBeEmpty();
    }

    [Fact]
    public void Failures_OfSeveralFaults_ComeInTheSpecsOrder()
    {
        var failures = RequestContract.Failures(Register, Request(null, """{"language":"x","dev":7}"""));

        failures.Select(error => error.Message).ShouldBe(["no token", "undefined push_token", "language length error", "dev error"]);
    }

    [Theory]
    [InlineData("", "not JSON")]
    [InlineData("[1]", "not an object")]
    [InlineData("{\"push_token\":\"a\"} {}", "not JSON")]
    [InlineData("{\"push_token\":\"\\ud800\",\"language\":\"en\"}", "no Unicode text")]
    public void Failures_OfABodyThatIsNoJsonObject_AreTheInternalError(string body, string problem)
    {
        var request = Request("a-token", body);

        request.Body.Problem.ShouldNotBeNull().ShouldContain(problem);
        RequestContract.Failures(Register, request).ShouldHaveSingleItem().Category.ShouldBe(ErrorCategory.Internal);
    }

    [Fact]
    public void Parse_PastTheLimit_IsOverLimitWhateverItHolds()
    {
        var padded = $$"""{"push_token":"abc","language":"en","pad":"{{new string('x', Spec.RequestLimits.MaxBodyBytes)}}"}""";

        var body = JsonBody.Parse(Encoding.UTF8.GetBytes(padded), Spec.RequestLimits.MaxBodyBytes);

        body.OverLimit.ShouldBeTrue();
        body.IsObject.ShouldBeFalse();
    }

    [Fact]
    public void Check_OfTheStateLookUps_IsNone()
    {
        var logout = Spec.OperationFor(EffectAction.Logout);

        RequestContract.Check(logout, logout.Error(ErrorCategory.InvalidToken)).ShouldBeNull();
        RequestContract.Check(Spec.OperationFor(EffectAction.Login), Spec.OperationFor(EffectAction.Login).Error(ErrorCategory.Credentials)).ShouldBeNull();
        RequestContract.Check(logout, logout.NaturalErrors.First(error => error.Category == ErrorCategory.Length)).ShouldNotBeNull();
    }

    [Fact]
    public void SessionValue_IsTheStringInTheMarkedField()
    {
        var logout = Spec.OperationFor(EffectAction.Logout);
        var request = Request(null, """{"username":"doorbell_user","token":42}""");

        request.SessionValue(logout, SessionPart.Username).ShouldBe("doorbell_user");
        request.SessionValue(logout, SessionPart.Token).ShouldBeNull();
    }
}

/// <summary>The response contract's expectation alone, for callers that weigh several expected answers against one response.</summary>
public sealed class ResponseMismatchTests
{
    private static readonly ApiSpecification Spec = RepositorySpec.Specification;

    [Fact]
    public void Mismatches_OfTheExpectedError_AreNone_OfAnotherError_NameStatusAndText()
    {
        var query = Spec.OperationFor(EffectAction.Query, "ring");
        var noData = query.Answer(query.Error(ErrorCategory.NoData)).Key;
        var invalid = query.Answer(query.Error(ErrorCategory.InvalidToken)).Key;
        var answered = new ObservedResponse(404, "application/json", "{\"message\":\"no data error\"}");

        ResponseContract.Mismatches(query, answered, noData).ShouldBeEmpty();
        ResponseContract.Mismatches(query, answered, invalid).ShouldBe(["expected status 401, got 404", "expected the message \"invalid token\", got \"no data error\""]);
        ResponseContract.Mismatches(query, new ObservedResponse(200, "text/html", "{}"), query.SuccessAnswer.Key).ShouldBeEmpty();
    }
}
