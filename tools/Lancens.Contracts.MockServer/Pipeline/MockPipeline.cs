using Lancens.Contracts.MockServer.Admin;
using Lancens.Contracts.MockServer.Control;
using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Lancens.Contracts.MockServer.Pipeline;

/// <summary>
/// Every request, stage by stage, as the spec reads: route it to an operation, honour the mock-control protocol (the
/// fault and error headers, then what was armed), run the spec's natural checks in its order, apply the operation's
/// effect to what the host remembers, and answer the documented body. Each stage reads the model; none retypes a rule.
/// </summary>
internal sealed class MockPipeline(
    ApiSpecification spec,
    Router router,
    NaturalChecks checks,
    Effects effects,
    Answers answers,
    ArmedAnswers armed,
    AccountStore store,
    AdminEndpoints admin,
    RequestJournal journal,
    TimeProvider time,
    string contentType)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (AdminEndpoints.Owns(context.Request.Path))
        {
            await admin.HandleAsync(context);
            return;
        }

        var rawTarget = OriginForm(context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/");
        var query = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var route = router.Find(context.Request.Method, query < 0 ? rawTarget : rawTarget[..query]);
        if (route is null)
        {
            await AnswerAsync(context, answers.UnknownRoute(), "unknown route", null);
            return;
        }

        var (answer, decidedBy) = await DecideAsync(context, route);
        if (answer is not null)
        {
            await AnswerAsync(context, answer, decidedBy, route.Operation);
        }
    }

    // Null when a fault already ended the connection. A delay keeps the request's normal answer, or its forced error.
    private async Task<(Answer? Answer, string DecidedBy)> DecideAsync(HttpContext context, Route route)
    {
        var operation = route.Operation;
        var headers = context.Request.Headers;
        MockFault? fault = null;
        if (headers.TryGetValue(MockControl.FaultHeader, out var faultHeader) && !MockFault.TryParse(faultHeader, out fault))
        {
            return (Answers.Message(400, $"{MockControl.FaultHeader} must be one of: {MockFault.Accepted}", "mock-control: unknown fault"), $"control header {MockControl.FaultHeader}");
        }

        DocumentedError? forced = null;
        var forcedBy = $"control header {MockControl.ErrorHeader}";
        if (headers.TryGetValue(MockControl.ErrorHeader, out var errorHeader)
            && (forced = MockControl.ErrorNamed(operation, errorHeader.ToString())) is null)
        {
            return (Answers.Message(400, MockControl.UnknownErrorMessage(operation), "mock-control: unknown error text"), forcedBy);
        }

        var body = operation.Body is null ? null : await Pipeline.RequestBody.ReadAsync(context.Request, spec.RequestLimits.MaxBodyBytes, context.RequestAborted);
        var request = new MockRequest(context, route, headers[spec.TokenHeader].FirstOrDefault(), body);
        if (fault is null && forced is null && !armed.IsEmpty && armed.TryTake(operation, () => Username(request)) is { } taken)
        {
            forced = taken.Error is null ? null : MockControl.ErrorNamed(operation, taken.Error);
            forcedBy = $"armed answer #{taken.Id} (lancens arm)";
            if (taken.Fault is not null)
            {
                MockFault.TryParse(taken.Fault, out fault);
            }
        }

        if (fault?.Connection is { } connection)
        {
            Journal(context, 0, $"no answer: fault {fault}", forced is null ? "mock-control fault" : forcedBy, operation);
            await ConnectionFaults.BreakAsync(context, connection);
            return (null, string.Empty);
        }

        if (fault?.Delay is { } delay)
        {
            await Task.Delay(delay, time, context.RequestAborted);
        }

        if (forced is not null)
        {
            return (answers.Error(forced), forcedBy);
        }

        if (checks.FirstFailure(request) is { } failure)
        {
            var rule = failure.Category == ErrorCategory.Internal && body?.Problem is { } problem
                ? $"internal: {problem}"
                : $"{SpecWords.Of(failure.Category)}{(failure.Field is null ? "" : " " + failure.Field)}";
            return (answers.Error(failure), $"natural check {rule}");
        }

        var effect = operation.Effect;
        return (effects.Apply(request), $"effect {SpecWords.Of(effect.Action)}{(effect.Resource is null ? "" : " " + effect.Resource)}");
    }

    // An absolute-form target (RFC 9112, 3.2.2: a server must accept it) holds the scheme and authority before the path.
    private static string OriginForm(string rawTarget)
    {
        var authority = rawTarget.StartsWith('/') ? -1 : rawTarget.IndexOf("://", StringComparison.Ordinal);
        if (authority < 0)
        {
            return rawTarget;
        }

        var path = rawTarget.IndexOfAny(['/', '?'], authority + 3);
        return path < 0 ? "/" : rawTarget[path] == '/' ? rawTarget[path..] : "/" + rawTarget[path..];
    }

    // The account a request acts for, for arming by username: its token's, or the username login and logout carry.
    private string? Username(MockRequest request)
    {
        if (request.TokenHeader is { Length: > 0 } token && store.Session(token) is { } account)
        {
            return account.Username;
        }

        return request.SessionValue(SessionPart.Username);
    }

    private async Task AnswerAsync(HttpContext context, Answer answer, string decidedBy, ApiOperation? operation)
    {
        var response = context.Response;
        response.StatusCode = answer.Status;
        response.ContentType = contentType;
        response.ContentLength = answer.Body.Length;
        await response.Body.WriteAsync(answer.Body, context.RequestAborted);
        Journal(context, answer.Status, answer.Documented, decidedBy, operation);
    }

    private void Journal(HttpContext context, int status, string answered, string decidedBy, ApiOperation? operation) =>
        journal.Add(new JournalEntry(time.GetUtcNow(), context.Request.Method, context.Request.Path.Value ?? "/", status, answered, decidedBy, operation?.Id));
}
