using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.WireMockNet.Answers;

namespace Lancens.Contracts.WireMockNet.Stubs;

/// <summary>Every stub of the API: each operation's tiers (<see cref="OperationStubs"/>), then those of no operation (<see cref="ControlStubs"/>).</summary>
internal sealed class ApiStubs(ApiSpecification spec, UnknownRoutes unknownRoutes, TimeProvider time)
{
    public IReadOnlyList<Stub> All()
    {
        var answers = new StubAnswers(spec, time);
        var session = new SessionScenario(spec);
        return
        [
            .. spec.Operations.SelectMany(operation => new OperationStubs(operation, spec.TokenHeader, session, answers).All()),
            .. ControlStubs.All(spec, unknownRoutes),
        ];
    }
}
