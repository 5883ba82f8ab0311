using Lancens.Contracts.ContractTests.Reporting;
using Lancens.Contracts.ContractTests.Running;
using Lancens.Contracts.ContractTests.Targets;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests;

/// <summary>
/// The life of a session as one scenario, on both targets: login, register ring and message tokens, query
/// both, update, delete one, delete all, logout, and the old token is rejected. Along the way it checks
/// the state assumptions: nothing is registered right after login, and a deleted token is gone.
/// </summary>
public sealed class LifecycleTests(ContractTarget target)
{
    [Fact]
    public async Task Lifecycle_LoginToLogout_EveryStepAnswersAsDocumented()
    {
        target.EnsureConfigured();
        var cancel = TestContext.Current.CancellationToken;
        var run = target.Run;
        var actions = run.Actions;
        var (first, second) = (actions.Resources[0], actions.Resources[1]);
        await target.ResetAsync(cancel);
        var session = await run.Session.LoginAsync(cancel);
        var steps = new Steps(target, session);

        foreach (var resource in actions.Resources)
        {
            await steps.ExpectAsync($"query {resource} right after login", actions.Query(resource), NoData);
        }

        var pushTokens = actions.Resources.ToDictionary(resource => resource, actions.NewKey);
        foreach (var resource in actions.Resources)
        {
            await steps.ExpectAsync($"register {resource}", actions.Register(resource, pushTokens[resource]), Success, new Registration(resource, pushTokens[resource]));
        }

        foreach (var resource in actions.Resources)
        {
            await steps.ExpectAsync($"query {resource} after registering", actions.Query(resource), Success);
        }

        var updated = actions.NewKey(first);
        await steps.ExpectAsync($"update {first} through its serial", actions.Update(first, pushTokens[first], updated), Success, new Registration(first, updated));
        await steps.ExpectAsync($"delete {first} through its new serial", actions.DeleteOne(first, updated), Success);
        await steps.ExpectAsync($"query {first} after deleting it", actions.Query(first), NoData);
        await steps.ExpectAsync($"query {second}, still registered", actions.Query(second), Success);
        foreach (var resource in actions.Resources)
        {
            await steps.ExpectAsync($"clear {resource}", actions.Clear(resource), Success);
        }

        await steps.ExpectAsync($"query {second} after clearing", actions.Query(second), NoData);
        await steps.ExpectAsync("logout", actions.Logout(), Success);
        await steps.ExpectAsync($"query {first} with the logged-out token", actions.Query(first), InvalidToken);
        await steps.ExpectAsync("logout again with the same token", actions.Logout(), InvalidToken);
    }

    private static ExpectedResponse Success(ApiOperation operation) => ExpectedResponse.SuccessOf(operation);

    private static ExpectedResponse NoData(ApiOperation operation) => Error(operation, ErrorCategory.NoData);

    private static ExpectedResponse InvalidToken(ApiOperation operation) => Error(operation, ErrorCategory.InvalidToken);

    private static ExpectedResponse Error(ApiOperation operation, ErrorCategory category) => ExpectedResponse.Of(operation.Error(category));

    /// <summary>Sends each step with the lifecycle's own session, checks it against the spec and records it.</summary>
    private sealed class Steps(ContractTarget target, LoginSession session)
    {
        private int _number;

        public async Task ExpectAsync(string step, (ApiOperation Operation, ScenarioRequest Request) request, Func<ApiOperation, ExpectedResponse> expect, Registration? registers = null)
        {
            var expected = expect(request.Operation);
            var checkId = $"lifecycle step {++_number}: {step}";
            try
            {
                var response = await target.Run.Runner.SendAsync(request, session, registers, TestContext.Current.CancellationToken);
                ResponseContract.Assert(request.Operation, expected, response, $"{checkId} ({request.Request})");
                target.Recorder.Record(checkId, expected, Outcome.Passed);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                target.Recorder.Record(checkId, expected, Outcome.Failed, target.Scrubber.Scrub(exception.Message));
                throw;
            }
        }
    }
}
