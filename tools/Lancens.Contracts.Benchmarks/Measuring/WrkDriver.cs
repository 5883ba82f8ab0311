using Lancens.Contracts.Benchmarks.Load;
using Lancens.Contracts.Benchmarks.Requests;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>wrk repeating one request, filled with the server's own setup session, written once as a script.</summary>
internal sealed class WrkDriver(Wrk wrk, SentRequest request, Uri apiBase, string scriptDirectory, string name) : IWorkloadDriver
{
    private readonly string _script = WrkScript.Write(request, scriptDirectory, name);

    public async Task<RoundResult> RunAsync(int seconds, CancellationToken cancellationToken) =>
        RoundResult.Of(await wrk.RunAsync(request.Url(apiBase), _script, seconds, cancellationToken), request.Call);
}
