using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Running;

/// <summary>Runs one scenario: sets up what it requires, sends its request as its account, and keeps the sessions and the ledger current.</summary>
/// <param name="sessionsAreShared">
/// True for a target with one session for every client (stock WireMock): any login or logout there ends every
/// account's session, not only its own.
/// </param>
internal sealed class ScenarioRunner(HttpTransport transport, Sessions sessions, ActionRequests actions, RegistrationLedger ledger, Account suiteAccount, bool sessionsAreShared)
{
    public async Task<ObservedResponse> RunAsync(ContractScenario scenario, CancellationToken cancellationToken)
    {
        var session = await sessions.CurrentAsync(scenario.Account ?? suiteAccount, cancellationToken);
        if (scenario.Given.Registered is { } registered)
        {
            await ArrangeAsync(actions.Register(registered.Resource, registered.PushToken), session, registered, cancellationToken);
        }

        if (scenario.Given.Cleared is { } cleared)
        {
            await ArrangeAsync(actions.Clear(cleared), session, null, cancellationToken);
        }

        return await SendAsync((scenario.Operation, scenario.Request), session, scenario.Registers, cancellationToken);
    }

    /// <summary>Sends one request of a multi-step check, with the same bookkeeping as a scenario.</summary>
    public async Task<ObservedResponse> SendAsync((ApiOperation Operation, ScenarioRequest Request) step, LoginSession session, Registration? registers, CancellationToken cancellationToken)
    {
        var response = await transport.SendAsync(step.Request, session, cancellationToken);
        if (response.IsSuccess)
        {
            ledger.Touched(session.Account, registers);
            if (step.Operation.Effect.IsSessionAction && sessionsAreShared)
            {
                sessions.InvalidateAll();
            }
            else if (step.Operation.Effect.IsSessionAction)
            {
                sessions.Invalidate(session.Username);
            }
        }

        return response;
    }

    private async Task ArrangeAsync((ApiOperation Operation, ScenarioRequest Request) step, LoginSession session, Registration? registers, CancellationToken cancellationToken)
    {
        var response = await SendAsync(step, session, registers, cancellationToken);
        if (!response.IsSuccess)
        {
            throw new InvalidOperationException($"Setting up the scenario failed: {step.Operation.Route} answered {response}.");
        }
    }
}
