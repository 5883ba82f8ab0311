using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.WireMockNet.Answers;
using Lancens.Contracts.WireMockNet.Requests;
using WireMock.Matchers;

namespace Lancens.Contracts.WireMockNet.Stubs;

/// <summary>
/// All stubs of one operation, tier by tier as <see cref="StubPrecedence"/> orders them, the same tiers the generated
/// mappings of stock WireMock have: the token checks, the answers to a valid request by session state, the body checks in
/// the spec's validation order, the fallback for a body that is not a JSON object, the forced errors and the refusal of
/// an unknown one. The body checks are C# predicates over the model's reading of the body, where the mappings have JSON schemas.
/// </summary>
internal sealed class OperationStubs(ApiOperation operation, string tokenHeader, SessionScenario session, StubAnswers answers)
{
    private readonly IStringMatcher _path = operation.PathParameters.Count == 0
        ? new ExactMatcher(operation.PathTemplate)
        : new RegexMatcher($"^{operation.PathPattern}$");

    public IEnumerable<Stub> All() =>
        TokenChecks().Concat(StateAnswers()).Concat(BodyChecks()).Concat(NotAnObject()).Concat(Forced());

    private IEnumerable<Stub> TokenChecks()
    {
        if (operation.Token == TokenPlacement.Header)
        {
            yield return Create(
                StubPrecedence.NoToken,
                operation.Answer(operation.Error(ErrorCategory.NoToken)),
                "the token header is absent or blank",
                headers: headers => string.IsNullOrWhiteSpace(RequestHeaders.Value(headers, tokenHeader)));
            yield return Create(
                StubPrecedence.LoggedOut,
                operation.Answer(operation.Error(ErrorCategory.InvalidToken)),
                SessionScenario.LoggedOutCondition,
                session: new SessionStep(SessionScenario.LoggedOut, SessionScenario.LoggedOut));
        }
        else if (operation.Token == TokenPlacement.Body)
        {
            // A token in the body can only be looked at once the body is valid.
            yield return Create(
                StubPrecedence.LoggedOutWithValidBody,
                operation.Answer(operation.Error(ErrorCategory.InvalidToken)),
                SessionScenario.LoggedOutCondition,
                body: IsValid,
                session: new SessionStep(SessionScenario.LoggedOut, SessionScenario.LoggedOut));
        }
    }

    // WireMock.Net's scenarios differ from stock WireMock's: a stub of the scenario without a required state answers only
    // in the first one, and one without a next state sets the first one again. So an answer "in any state" becomes one
    // stub per state, and an answer that keeps the state names it as its next one.
    private IEnumerable<Stub> StateAnswers()
    {
        Func<JsonBody, bool>? body = operation.Body is null ? null : IsValid;
        foreach (var answer in session.Answers(operation))
        {
            if (answer.RequiredState is null && answer.NewState is null)
            {
                yield return Create(answer.Priority, answer.Answer, answer.When, body: body);
                continue;
            }

            var states = answer.RequiredState is { } required ? [required] : session.States;
            foreach (var state in states)
            {
                yield return Create(answer.Priority, answer.Answer, $"{answer.When} (state {state})", body: body, session: new SessionStep(state, answer.NewState ?? state));
            }
        }
    }

    private IEnumerable<Stub> BodyChecks() =>
        StubPrecedence.BodyChecks(operation).Select(check => Create(
            check.Priority,
            operation.Answer(check.Error),
            $"{check.Error.Field} fails the {SpecWords.Of(check.Error.Category)} check",
            body: json => RequestContract.FailsBody(operation, check.Error, json)));

    private IEnumerable<Stub> NotAnObject()
    {
        if (operation.Body is not null)
        {
            yield return Create(
                StubPrecedence.BodyNotAnObject,
                operation.Answer(operation.Error(ErrorCategory.Internal)),
                "the body is not a JSON object (malformed, truncated, empty, binary, another JSON type, or past the body limit)");
        }
    }

    private IEnumerable<Stub> Forced()
    {
        foreach (var error in operation.Errors)
        {
            yield return Create(
                StubPrecedence.ForcedError,
                operation.Answer(error),
                $"{MockControl.ErrorHeader}: {error.Message}",
                headers: headers => ControlHeaders.Forces(headers, operation, error),
                isControl: true);
        }

        yield return new Stub
        {
            Title = $"{operation.Id} | {MockControl.RefusalStatus} unknown forced error | {MockControl.ErrorHeader} names an error this operation does not document",
            Priority = StubPrecedence.UnknownForcedError,
            Method = operation.Method.Method,
            Path = _path,
            Headers = headers => ControlHeaders.ForcesAnUnknownError(headers, operation),
            Answer = StubAnswers.Message(MockControl.RefusalStatus, MockControl.UnknownErrorMessage(operation)),
        };
    }

    private bool IsValid(JsonBody body) => RequestContract.PassesBody(operation, body);

    // Stubs before the control tier answer only requests whose control headers ask for nothing but a delay.
    private Stub Create(
        int priority,
        DocumentedAnswer answer,
        string when,
        Func<IDictionary<string, string[]>, bool>? headers = null,
        Func<JsonBody, bool>? body = null,
        SessionStep? session = null,
        bool isControl = false) => new()
        {
            Title = $"{operation.Id} | {answer.Response.Status} {answer.Example.Name} | {when}",
            Priority = priority,
            Method = operation.Method.Method,
            Path = _path,
            Headers = isControl ? headers : headers is null ? ControlHeaders.NoneButADelay : all => ControlHeaders.NoneButADelay(all) && headers(all),
            Body = body,
            Session = session,
            Answer = answers.Documented(answer),
        };
}
