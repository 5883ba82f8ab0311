using System.Diagnostics;
using Lancens.Contracts.Benchmarks.Requests;
using Lancens.Contracts.Model.Checking;

namespace Lancens.Contracts.Benchmarks.Load;

/// <summary>One run of the generator against one server, as its virtual users see it: where to send, and until when.</summary>
internal sealed class GeneratorRun(LoadClient client, Uri apiBase, long endTimestamp)
{
    public bool IsOver => Stopwatch.GetTimestamp() >= endTimestamp;

    /// <returns>Null when the run is over (nothing is sent) or the request got no answer; either ends the user's cycle.</returns>
    public Task<ObservedResponse?> SendAsync(SentRequest request, UserTally tally, CancellationToken cancellationToken) =>
        IsOver ? Task.FromResult<ObservedResponse?>(null) : client.SendAsync(request, request.Url(apiBase), tally, cancellationToken);
}
