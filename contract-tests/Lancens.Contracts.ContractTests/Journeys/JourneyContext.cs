using System.Text.Json.Nodes;
using Lancens.Contracts.ContractTests.Reporting;
using Lancens.Contracts.ContractTests.Running;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Journeys;

/// <summary>
/// What a journey's steps use: fresh logins, requests checked against the spec (and recorded as confirmations of their
/// documented answers), and expectations that say what was expected and what came back.
/// </summary>
internal sealed class JourneyContext(SuiteRuntime runtime, string journey, CancellationToken cancellationToken)
{
    private int _step;

    public ApiSpecification Spec => runtime.Spec;

    /// <summary>The run itself, for journeys that drive many requests their own way (the state exploration).</summary>
    public SuiteRuntime Runtime => runtime;

    public ActionRequests Actions => runtime.Actions;

    public IReadOnlyList<string> Resources => runtime.Spec.Resources;

    public Account SuiteAccount => runtime.SuiteAccount;

    public Account SecondAccount => runtime.SecondAccount ?? throw new InvalidOperationException("This target has no second account.");

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>The clock time-dependent answers are judged by.</summary>
    public TimeProvider Time => runtime.Time;

    /// <summary>The target's own clock, which a journey that needs <c>TargetNeeds.MovableClock</c> moves.</summary>
    public TargetClock TargetClock => runtime.Clock;

    /// <summary>For requests outside the spec, which no operation checks.</summary>
    public HttpTransport Transport => runtime.Transport;

    /// <summary>A new login of the account (the suite's own by default): a new token.</summary>
    public Task<LoginSession> LoginAsync(Account? account = null) => runtime.Sessions.LoginAsync(account ?? SuiteAccount, cancellationToken);

    /// <summary>Sends one step as <paramref name="session"/>, checks the answer against the spec, and returns it.</summary>
    public async Task<ObservedResponse> StepAsync(
        string step,
        LoginSession session,
        (ApiOperation Operation, ScenarioRequest Request) request,
        Func<ApiOperation, ExpectedResponse> expect,
        Registration? registers = null)
    {
        var expected = expect(request.Operation);
        var checkId = $"{journey} step {++_step}: {step}";
        try
        {
            var response = await runtime.Runner.SendAsync(request, session, registers, cancellationToken);
            ResponseCheck.Assert(request.Operation, expected, response, $"{checkId} ({request.Request})");
            runtime.Recorder.RecordAnswer(expected, checkId, Outcome.Passed);
            return response;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            runtime.Recorder.RecordAnswer(expected, checkId, Outcome.Failed, runtime.Scrubber.Scrub(exception.Message));
            throw;
        }
    }

    /// <summary>Fails the journey when <paramref name="holds"/> is false, saying what was expected and what came back.</summary>
    public void Expect(bool holds, string step, string expected, string actual)
    {
        if (!holds)
        {
            throw new ContractViolation($"{journey}, {step}: expected {expected}, got {actual}", expected, actual);
        }
    }

    /// <summary>The body a request sends, with the session's values filled in, as JSON.</summary>
    public static JsonObject SentBody(ScenarioRequest request, LoginSession session) =>
        JsonNode.Parse(RequestPlaceholders.FillJson(request.Body!, session))!.AsObject();

    public static ExpectedResponse Success(ApiOperation operation) => ExpectedResponse.SuccessOf(operation);

    public static ExpectedResponse Error(ApiOperation operation, ErrorCategory category) => ExpectedResponse.Of(operation.Error(category));

    public static ExpectedResponse NoData(ApiOperation operation) => Error(operation, ErrorCategory.NoData);

    public static ExpectedResponse InvalidToken(ApiOperation operation) => Error(operation, ErrorCategory.InvalidToken);
}
