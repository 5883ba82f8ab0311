using Lancens.Contracts.MockServer.Admin;
using Lancens.Contracts.MockServer.Control;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Lancens.Contracts.MockServer.Pipeline;

/// <summary>
/// Every request, stage by stage, as the spec reads: route it to an operation, honour the mock-control protocol (the
/// fault and error headers, then what was armed), run the spec's natural checks in its order, apply the operation's
/// effect to what the host remembers, and answer the documented body. Each stage returns what it found to the next;
/// each reads the model; none retypes a rule.
/// </summary>
internal sealed class MockPipeline(
    ApiSpecification spec,
    Router router,
    ControlStage control,
    NaturalChecks checks,
    Effects effects,
    Answers answers,
    AdminEndpoints admin,
    RequestJournal journal,
    TimeProvider time,
    CancellationToken stopping)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (AdminEndpoints.Owns(context.Request.Path))
        {
            await admin.HandleAsync(context);
            return;
        }

        var route = router.Find(context.Request.Method, PathOf(context));
        if (route is null)
        {
            await AnswerAsync(context, answers.UnknownRoute(), Decision.UnknownRoute, null);
            return;
        }

        var decision = control.FromHeaders(context.Request.Headers, route.Operation);
        if (decision is ControlDecision.Refused refused)
        {
            await AnswerAsync(context, refused.Answer, refused.By, route.Operation);
            return;
        }

        var body = route.Operation.Body is null
            ? JsonBody.None
            : await BodyReader.ReadAsync(context.Request, spec.RequestLimits.MaxBodyBytes, context.RequestAborted);
        var request = new MockRequest(route, context.Request.Headers[spec.TokenHeader].FirstOrDefault(), body);
        if (decision == ControlDecision.None)
        {
            decision = control.FromArmed(request);
        }

        if (decision is ControlDecision.Directed directed)
        {
            if (directed.Fault?.Connection is { } connection)
            {
                Journal(context, 0, $"no answer: fault {directed.Fault}", directed.By, route.Operation);
                await ConnectionFaults.BreakAsync(context, connection);
                return;
            }

            if (directed.Fault?.Delay is { } delay && !await DelayAsync(context, delay))
            {
                Journal(context, 0, $"no answer: the engine stopped during {directed.Fault}", directed.By, route.Operation);
                return;
            }

            if (directed.Forced is { } forced)
            {
                await AnswerAsync(context, answers.Error(forced), directed.By, route.Operation);
                return;
            }
        }

        var (answer, decidedBy) = checks.Run(request) switch
        {
            CheckOutcome.Failed failed => (answers.Error(failed.Error), Decision.Check(failed.Error, body.Problem)),
            CheckOutcome.Passed passed => (effects.Apply(request, passed.Caller), Decision.Of(route.Operation.Effect)),
            _ => throw new InvalidOperationException("the checks found neither a failure nor a caller"),
        };
        await AnswerAsync(context, answer, decidedBy, route.Operation);
    }

    // False when the engine stopped during the delay: the connection ends then, so a stop never waits for a delay.
    private async Task<bool> DelayAsync(HttpContext context, TimeSpan delay)
    {
        using var cut = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await Task.Delay(delay, time, cut.Token);
            return true;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            context.Abort();
            return false;
        }
    }

    // The request target's path as sent, still percent-encoded, so the router decodes each segment once.
    private static string PathOf(HttpContext context) =>
        Router.PathOf(context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/");

    private async Task AnswerAsync(HttpContext context, Answer answer, Decision decidedBy, ApiOperation? operation)
    {
        var response = context.Response;
        response.StatusCode = answer.Status;
        response.ContentType = answer.ContentType;
        response.ContentLength = answer.Body.Length;
        await response.Body.WriteAsync(answer.Body, context.RequestAborted);
        Journal(context, answer.Status, answer.Documented, decidedBy, operation);
    }

    private void Journal(HttpContext context, int status, string answered, Decision decidedBy, ApiOperation? operation) =>
        journal.Add(context.Request.Method, context.Request.Path.Value ?? "/", status, answered, decidedBy.ToString(), operation?.Id);
}
