using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Running;

/// <summary>Runs one scenario: sets up what it requires, sends its request, and keeps the session and the ledger current.</summary>
internal sealed class ScenarioRunner(HttpTransport transport, AccountLogin session, ActionRequests actions, RegistrationLedger ledger)
{
    public async Task<ApiResponse> RunAsync(ContractScenario scenario, CancellationToken cancellationToken)
    {
        var values = await session.CurrentAsync(cancellationToken);
        if (scenario.Requires is { } required)
        {
            await ArrangeRegistrationAsync(required, values, cancellationToken);
        }

        var response = await transport.SendAsync(scenario.Request, values, cancellationToken);
        AfterResponse(scenario.Operation, scenario.Registers, response);
        return response;
    }

    /// <summary>Sends one request of a multi-step test, with the same bookkeeping as a scenario.</summary>
    public async Task<ApiResponse> SendAsync((ApiOperation Operation, ScenarioRequest Request) step, LoginSession values, Registration? registers, CancellationToken cancellationToken)
    {
        var response = await transport.SendAsync(step.Request, values, cancellationToken);
        AfterResponse(step.Operation, registers, response);
        return response;
    }

    private async Task ArrangeRegistrationAsync(Registration required, LoginSession values, CancellationToken cancellationToken)
    {
        var step = actions.Register(required.Resource, required.PushToken);
        var response = await SendAsync(step, values, required, cancellationToken);
        if (!response.IsSuccess)
        {
            throw new InvalidOperationException($"Setting up a {required.Resource} registration failed: {step.Operation.Route} answered {response}.");
        }
    }

    private void AfterResponse(ApiOperation operation, Registration? registers, ApiResponse response)
    {
        if (!response.IsSuccess)
        {
            return;
        }

        ledger.Touched(registers);
        if (operation.Effect.Action is EffectAction.Login or EffectAction.Logout)
        {
            session.Invalidate();
        }
    }
}
