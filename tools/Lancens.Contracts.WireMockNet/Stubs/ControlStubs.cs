using System.Text.RegularExpressions;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.WireMockNet.Answers;
using Lancens.Contracts.WireMockNet.Requests;
using WireMock.Matchers;

namespace Lancens.Contracts.WireMockNet.Stubs;

/// <summary>Stubs that belong to no operation: the connection faults on any path under the base path, the refusal of an unknown fault, and the answer for routes the spec lacks.</summary>
internal static class ControlStubs
{
    public static IEnumerable<Stub> All(ApiSpecification spec, UnknownRoutes unknownRoutes)
    {
        var underBasePath = new RegexMatcher($"^{Regex.Escape(spec.BasePath)}/.*$");
        foreach (var fault in WireMockNetFaults.Offered)
        {
            yield return new Stub
            {
                Title = $"fault | {fault.Value} | {fault.Effect}",
                Priority = StubPrecedence.Fault,
                Path = underBasePath,
                Headers = headers => ControlHeaders.Fault(headers) == fault,
                Answer = StubAnswers.Fault(fault, WireMockNetFaults.For(fault.Kind)!.Value),
            };
        }

        yield return new Stub
        {
            Title = $"fault | {MockControl.RefusalStatus} unknown fault | the fault header names no fault this mock offers",
            Priority = StubPrecedence.UnknownFault,
            Path = underBasePath,
            Headers = headers => ControlHeaders.AsksForAFaultNotIn(headers, WireMockNetFaults.Offered),
            Answer = StubAnswers.Message(MockControl.RefusalStatus, MockControl.UnknownFaultMessage(MockFault.AcceptedWith(WireMockNetFaults.Offered))),
        };

        yield return new Stub
        {
            Title = $"unknown route | {spec.UnknownRoute.Status} | {(unknownRoutes == UnknownRoutes.Everywhere ? "any method and path" : $"any method and path under {spec.BasePath}")} the spec does not define",
            Priority = StubPrecedence.UnknownRoute,
            Path = unknownRoutes == UnknownRoutes.Everywhere ? new RegexMatcher(".*") : new RegexMatcher($"^{Regex.Escape(spec.BasePath)}(/.*)?$"),
            Answer = StubAnswers.Message(spec.UnknownRoute.Status, spec.UnknownRoute.Message),
        };
    }
}
