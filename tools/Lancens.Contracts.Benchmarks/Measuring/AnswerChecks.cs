using Lancens.Contracts.Benchmarks.Load;
using Lancens.Contracts.Benchmarks.Requests;
using Lancens.Contracts.Benchmarks.Servers;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>
/// Each workload's answer on each server, checked once before it is measured (and the repeated ones again after): a
/// benchmark of the wrong answer is worthless. A server is held to what it can do (<see cref="ServerTraits"/>); where
/// it cannot do more, the difference is returned in words for the report, and anything else stops the run.
/// </summary>
internal sealed class AnswerChecks(HttpClient client, BenchmarkRequests requests)
{
    /// <returns>How the answer differs from a host that remembers and tells errors apart; null when it does not.</returns>
    public async Task<string?> RepeatedAsync(ServerUnderTest server, SentRequest request, CancellationToken cancellationToken)
    {
        var answer = await OneRequest.SendAsync(client, request, server.ApiBase, cancellationToken);
        var call = request.Call;
        if (ResponseContract.Undocumented(call.Operation, answer) is [_, ..] problems)
        {
            throw Failed(server, request, answer, string.Join("; ", problems));
        }

        if (ResponseContract.Problems(call.Operation, answer, call.Expected.Answer) is [_, ..] notExpected)
        {
            return answer.Status == call.Expected.Status && !server.Traits.AnswersExactErrors
                ? $"answers {answer.Body} (a documented example of {answer.Status}, not this request's {call.Expected}): it does not tell errors apart"
                : throw Failed(server, request, answer, string.Join("; ", notExpected));
        }

        if (call.Operation.Effect.Action != EffectAction.Query)
        {
            return null;
        }

        var record = RecordAnswer.Read(call.Operation, requests.KeyField, answer);
        if (record.Key == requests.SetupKey)
        {
            return null;
        }

        var example = RecordAnswer.Read(call.Operation, requests.KeyField, new ObservedResponse(call.Expected.Status, MediaTypes.Json, call.Operation.SuccessAnswer.Example.Json));
        var which = record.Key == example.Key ? "the spec's example record" : $"a record with another {requests.KeyField}";
        return !server.Traits.Remembers
            ? $"answers {which}, not the one registered: it does not remember"
            : throw Failed(server, request, answer, $"the record's {requests.KeyField} is {record.Key}, not the registered {requests.SetupKey}");
    }

    /// <summary>One cycle of the mix, with the contract checked on every answer.</summary>
    /// <returns>How the cycle's answers differ from a host that remembers; null when they do not.</returns>
    public async Task<string?> MixAsync(ServerUnderTest server, MixPlan plan, CancellationToken cancellationToken)
    {
        using var load = new LoadClient(connections: 1, timeout: client.Timeout);
        var tally = new UserTally();
        await new MixUser(0, plan, new MixJudge(requests, [plan], checkContract: true))
            .CycleAsync(new GeneratorRun(load, server.ApiBase, long.MaxValue), tally, cancellationToken);
        var samples = string.Join("; ", tally.Samples);
        if (tally.ConnectionErrors > 0 || tally.Undocumented > 0 || tally.Cycles != 1)
        {
            throw new BenchmarkException($"{server} did not answer a cycle of the stateful mix as documented: {samples}");
        }

        if (tally.Wrong + tally.Leaks == 0)
        {
            return null;
        }

        return !server.Traits.Remembers
            ? $"{tally.Wrong + tally.Leaks} of {plan.Cycle.Count} answers of a cycle are not a remembering host's ({samples}): it does not remember, so the mix measures throughput only"
            : throw new BenchmarkException($"{server} answered a cycle of the stateful mix wrongly: {samples}");
    }

    private static BenchmarkException Failed(ServerUnderTest server, SentRequest request, ObservedResponse answer, string problem) =>
        new($"{server} answered {request} ({request.Call.Operation.Id}) with {answer.Status} {answer.Body}: {problem}. Expected {request.Call.Expected}.");
}
