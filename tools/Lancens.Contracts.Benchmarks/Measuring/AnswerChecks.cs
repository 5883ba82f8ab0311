using Lancens.Contracts.Benchmarks.Load;
using Lancens.Contracts.Benchmarks.Requests;
using Lancens.Contracts.Benchmarks.Servers;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>
/// The requests sent outside any measurement: each server's setup, and each workload's answer on each server, checked
/// once before it is measured (and the repeated ones again after): a benchmark of the wrong answer is worthless. A server
/// is held to what it can do (<see cref="ServerKind.Remembers"/>, <see cref="ServerKind.AnswersExactErrors"/>); where it
/// cannot do more, the difference is returned in words for the report, and anything else stops the run.
/// </summary>
internal sealed class AnswerChecks(BenchmarkRequests requests) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>
    /// Before the repeated workloads: the setup account logs in and registers its push token, so the query answers a
    /// record and every request carries a token the server issued.
    /// </summary>
    public async Task<LoginSession> SetUpAsync(ServerUnderTest server, CancellationToken cancellationToken)
    {
        var account = requests.SetupAccount;
        var login = requests.Login.Fill(new LoginSession(account.Username, account.Password, Token: string.Empty));
        var answer = await SendAsync(server, login, cancellationToken);
        if ((answer.Status == requests.Login.Expected.Status ? requests.SessionOf(account, answer) : null) is not { } session)
        {
            throw new BenchmarkException($"{server} answered the setup's {login} with {answer}: no login token.");
        }

        var register = requests.Register.Fill(session);
        answer = await SendAsync(server, register, cancellationToken);
        return answer.Status == requests.Register.Expected.Status ? session : throw new BenchmarkException($"{server} answered the setup's {register} with {answer}.");
    }

    /// <returns>How the answer differs from a host that remembers and tells errors apart; null when it does not.</returns>
    public async Task<string?> RepeatedAsync(ServerUnderTest server, SentRequest request, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(server, request, cancellationToken);
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

        var key = call.Operation.Effect.Action == EffectAction.Query ? requests.RecordOf(answer).Key : requests.SetupKey;
        if (key == requests.SetupKey)
        {
            return null;
        }

        var example = requests.RecordOf(new ObservedResponse(answer.Status, answer.ContentType, call.Operation.SuccessAnswer.Example.Json));
        var which = key == example.Key ? "the spec's example record" : $"a record with another {requests.KeyField}";
        return !server.Kind.Remembers
            ? $"answers {which}, not the one registered: it does not remember"
            : throw Failed(server, request, answer, $"the record's {requests.KeyField} is {key ?? "missing"}, not the registered {requests.SetupKey}");
    }

    /// <summary>One cycle of the mix, with the contract checked on every answer.</summary>
    /// <returns>How the cycle's answers differ from a host that remembers; null when they do not.</returns>
    public async Task<string?> MixAsync(ServerUnderTest server, MixPlan plan, CancellationToken cancellationToken)
    {
        using var run = new GeneratorRun(connections: 1, server.Running.ApiBase, Timeout.InfiniteTimeSpan, _client.Timeout);
        var tally = new UserTally();
        await new StatefulMix(requests, [plan], checkContract: true).CycleAsync(0, run, tally, cancellationToken);
        var samples = string.Join("; ", tally.Samples);
        if (tally.ConnectionErrors > 0 || tally.Undocumented > 0 || tally.Cycles != 1)
        {
            throw new BenchmarkException($"{server} did not answer a cycle of the stateful mix as documented: {samples}");
        }

        if (tally.Wrong + tally.Leaks == 0)
        {
            return null;
        }

        return !server.Kind.Remembers
            ? $"{tally.Wrong + tally.Leaks} of {plan.Cycle.Count} answers of a cycle are not a remembering host's ({samples}): it does not remember, so the mix measures throughput only"
            : throw new BenchmarkException($"{server} answered a cycle of the stateful mix wrongly: {samples}");
    }

    public void Dispose() => _client.Dispose();

    private async Task<ObservedResponse> SendAsync(ServerUnderTest server, SentRequest request, CancellationToken cancellationToken)
    {
        using var message = request.ToMessage(server.Running.ApiBase);
        using var response = await _client.SendAsync(message, cancellationToken);
        return new ObservedResponse((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync(cancellationToken));
    }

    private static BenchmarkException Failed(ServerUnderTest server, SentRequest request, ObservedResponse answer, string problem) =>
        new($"{server} answered {request} ({request.Call.Operation.Id}) with {answer}: {problem}. Expected {request.Call.Expected}.");
}
