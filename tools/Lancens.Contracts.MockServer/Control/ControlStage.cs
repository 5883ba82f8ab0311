using Lancens.Contracts.MockServer.Pipeline;
using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Microsoft.AspNetCore.Http;

namespace Lancens.Contracts.MockServer.Control;

/// <summary>
/// The control stage: what the request's control headers ask for (the fault header, the error header) and, when they
/// ask for nothing, what was armed for it (<c>lancens arm</c>). It decides; the pipeline carries it out.
/// </summary>
internal sealed class ControlStage(ArmedAnswers armed, IAccountStore store)
{
    /// <summary>What the control headers ask for; read before the body, so a refusal costs no read.</summary>
    public ControlDecision FromHeaders(IHeaderDictionary headers, ApiOperation operation)
    {
        MockFault? fault = null;
        if (headers.TryGetValue(MockControl.FaultHeader, out var faultValue) && !MockFault.TryParse(faultValue, out fault))
        {
            return Refusal(MockControl.UnknownFaultMessage(MockFault.Accepted), "mock-control: unknown fault", MockControl.FaultHeader);
        }

        DocumentedError? forced = null;
        if (headers.TryGetValue(MockControl.ErrorHeader, out var errorValue))
        {
            forced = MockControl.ErrorNamed(operation, errorValue.ToString());
            if (forced is null)
            {
                return Refusal(MockControl.UnknownErrorMessage(operation), "mock-control: unknown error text", MockControl.ErrorHeader);
            }
        }

        return fault is null && forced is null
            ? ControlDecision.None
            : new ControlDecision.Directed(fault, forced, Decision.Header(forced is null ? MockControl.FaultHeader : MockControl.ErrorHeader));
    }

    /// <summary>One use of the first armed answer that matches the request, or nothing.</summary>
    public ControlDecision FromArmed(MockRequest request)
    {
        if (armed.IsEmpty || armed.TryTake(request.Operation, () => Username(request)) is not { } taken)
        {
            return ControlDecision.None;
        }

        var fault = taken.Fault is { } value && MockFault.TryParse(value, out var parsed) ? parsed : null;
        var forced = taken.Error is { } text ? MockControl.ErrorNamed(request.Operation, text) : null;
        return new ControlDecision.Directed(fault, forced, Decision.Armed(taken.Id));
    }

    private static ControlDecision.Refused Refusal(string message, string rule, string header) =>
        new(Answers.Message(MockControl.RefusalStatus, message, rule), Decision.Header(header));

    // The account a request acts for, for arming by username: its token's, or the username login and logout carry.
    private string? Username(MockRequest request) =>
        request.TokenHeader is { Length: > 0 } token && store.Session(token) is { } session
            ? session.Account.Username
            : request.SessionValue(SessionPart.Username);
}
