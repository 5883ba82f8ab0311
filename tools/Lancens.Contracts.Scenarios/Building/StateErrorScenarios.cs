using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios.Building;

/// <summary>
/// The errors that come from what the host remembers: each operation that acts on a registration, sent a valid
/// request while its resource has nothing registered.
/// </summary>
internal static class StateErrorScenarios
{
    public static IEnumerable<ContractScenario> For(RequestFactory factory)
    {
        var operation = factory.Operation;
        var resource = operation.Effect.Resource;
        return operation.Errors.Where(error => error.Trigger == ErrorTrigger.State && resource is not null).Select(error => ScenarioFactory.Create(
            operation,
            CheckKind.State,
            "NothingRegistered",
            $"nothing registered ({error.Condition})",
            factory.Valid(),
            ExpectedResponse.Of(error),
            given: new Precondition(Cleared: resource)));
    }
}
