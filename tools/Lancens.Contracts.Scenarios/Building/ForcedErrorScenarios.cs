using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Scenarios.Building;

/// <summary>Every documented error of an operation, forced through the mock's control header; only mocks answer it.</summary>
internal static class ForcedErrorScenarios
{
    public static IEnumerable<ContractScenario> For(RequestFactory factory)
    {
        var operation = factory.Operation;
        var valid = factory.Valid();
        return operation.Errors.Select(error => ScenarioFactory.Create(
            operation,
            CheckKind.Forced,
            "Forced",
            $"{MockControl.ErrorHeader}: {error.Message}",
            valid.WithHeader(MockControl.ErrorHeader, error.Message),
            ExpectedResponse.Of(error),
            needs: TargetNeeds.ControlHeaders));
    }
}
