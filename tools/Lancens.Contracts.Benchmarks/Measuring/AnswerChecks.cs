namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>
/// The requests sent outside any measurement: each server's setup, and each workload's answer on each server, checked
/// once before it is measured (and the repeated ones again after): a benchmark of the wrong answer is worthless. A server
/// is held to what it can do (<see cref="ServerKind.Remembers"/>, <see cref="ServerKind.AnswersExactErrors"/>); where it
/// cannot do more, the difference is returned in words for the report, and anything else stops the run. They are sent as
/// the C# generator sends, one at a time, with a longer timeout.
/// </summary>
internal sealed class AnswerChecks(BenchmarkRequests requests)
{
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Before the repeated workloads: the setup account logs in and registers its push token, so the query answers a
    /// record and every request carries a token the server issued.
    /// </summary>
    public async Task<LoginSession> SetUpAsync(ServerUnderTest server, CancellationToken cancellationToken)
    {
        var (session, tally) = await CycleAsync(server, requests.Setup, cancellationToken);
        return session is not null && tally.Samples.Count == 0
            ? session
            : throw new BenchmarkException($"{server} did not answer the setup's login and registration as documented: {string.Join("; ", tally.Samples)}");
    }

    /// <returns>How the answer differs from a host that remembers and tells errors apart; null when it does not.</returns>
    public async Task<string?> RepeatedAsync(ServerUnderTest server, SentRequest request, CancellationToken cancellationToken)
    {
        using var run = new GeneratorRun(connections: 1, server.Running.ApiBase, Timeout.InfiniteTimeSpan, CheckTimeout);
        var tally = new UserTally();
        var answer = await run.SendAsync(request, tally, cancellationToken) ?? throw new BenchmarkException($"{server}: {tally.Samples[0]}");
        var call = request.Call;
        if (ResponseContract.Undocumented(call.Operation, answer) is [_, ..] problems)
        {
            throw Failed(server, request, answer, string.Join("; ", problems));
        }

        if (ResponseContract.Problems(call.Operation, answer, call.Expected.Answer) is [_, ..] notExpected)
        {
            return answer.Status == call.Expected.Status && !server.Kind.AnswersExactErrors
                ? $"answers {answer.Body} (a documented example of {answer.Status}, not this request's {call.Expected}): it does not tell errors apart"
                : throw Failed(server, request, answer, string.Join("; ", notExpected));
        }

        var registered = requests.Setup.RegisteredKey;
        var key = call.Operation.Effect.Action == EffectAction.Query ? requests.RecordOf(answer).Key : registered;
        if (key == registered)
        {
            return null;
        }

        var which = key == requests.RecordOf(answer with { Body = call.Operation.SuccessAnswer.Example.Json }).Key ? "the spec's example record" : $"a record with another {requests.KeyField}";
        return !server.Kind.Remembers
            ? $"answers {which}, not the one registered: it does not remember"
            : throw Failed(server, request, answer, $"the record's {requests.KeyField} is {key ?? "missing"}, not the registered {registered}");
    }

    /// <summary>One cycle of the mix, with the contract checked on every answer.</summary>
    /// <returns>How the cycle's answers differ from a host that remembers; null when they do not.</returns>
    public async Task<string?> MixAsync(ServerUnderTest server, CancellationToken cancellationToken)
    {
        var (_, tally) = await CycleAsync(server, requests.CheckPlan, cancellationToken);
        var samples = string.Join("; ", tally.Samples);
        if (tally.ConnectionErrors > 0 || tally.Undocumented > 0 || tally.Cycles != 1)
        {
            throw new BenchmarkException($"{server} did not answer a cycle of the stateful mix as documented: {samples}");
        }

        return tally.Wrong + tally.Leaks == 0 ? null
            : !server.Kind.Remembers ? $"{tally.Wrong + tally.Leaks} of {requests.CheckPlan.Cycle.Count} answers of a cycle are not a remembering host's ({samples}): it does not remember, so the mix measures throughput only"
            : throw new BenchmarkException($"{server} answered a cycle of the stateful mix wrongly: {samples}");
    }

    private async Task<(LoginSession? Session, UserTally Tally)> CycleAsync(ServerUnderTest server, MixPlan plan, CancellationToken cancellationToken)
    {
        using var run = new GeneratorRun(connections: 1, server.Running.ApiBase, Timeout.InfiniteTimeSpan, CheckTimeout);
        var tally = new UserTally();
        return (await new StatefulMix(requests, [plan], checkContract: true).CycleAsync(0, run, tally, cancellationToken), tally);
    }

    private static BenchmarkException Failed(ServerUnderTest server, SentRequest request, ObservedResponse answer, string problem) =>
        new($"{server} answered {request} ({request.Call.Operation.Id}) with {answer}: {problem}. Expected {request.Call.Expected}.");
}
