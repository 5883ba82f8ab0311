using Lancens.Contracts.Benchmarks.Requests;

namespace Lancens.Contracts.Benchmarks.Load;

/// <summary>A virtual user that sends one request over and over, as wrk does: to measure what the generator itself costs.</summary>
internal sealed class RepeatUser(SentRequest request) : IVirtualUser
{
    public async Task CycleAsync(GeneratorRun run, UserTally tally, CancellationToken cancellationToken)
    {
        if (await run.SendAsync(request, tally, cancellationToken) is { } answer && answer.Status != request.Call.Expected.Status)
        {
            tally.WrongAnswer($"{request}: status {answer.Status}, not {request.Call.Expected.Status}");
        }
    }
}
