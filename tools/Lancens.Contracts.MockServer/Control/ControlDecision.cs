using Lancens.Contracts.MockServer.Pipeline;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.MockServer.Control;

/// <summary>What the mock-control protocol asks of one request: nothing, a refusal, or a fault and/or a forced error.</summary>
internal abstract record ControlDecision
{
    private ControlDecision()
    {
    }

    /// <summary>Nothing asked: the request is answered as the spec says.</summary>
    public static ControlDecision None { get; } = new Nothing();

    /// <summary>A control header the mock cannot honour (an unknown fault or error text), answered in the API's shape.</summary>
    public sealed record Refused(Answer Answer, Decision By) : ControlDecision;

    /// <summary>
    /// Misbehave and/or answer a documented error: a connection fault ends the request, a delay comes before the
    /// answer, and a forced error replaces what the checks would answer.
    /// </summary>
    public sealed record Directed(MockFault? Fault, DocumentedError? Forced, Decision By) : ControlDecision;

    private sealed record Nothing : ControlDecision;
}
