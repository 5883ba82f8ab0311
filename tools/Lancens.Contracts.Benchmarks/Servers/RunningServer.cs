namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>One start of a server: where its API answers, its process, and how long it took from process start to answer.</summary>
/// <param name="ApiBase">The base URL the API's paths go under, e.g. <c>http://127.0.0.1:5000/v1/api</c>.</param>
/// <param name="SelfReported">What the server says of its own start, when it says anything (lancens serve's "Ready in" line).</param>
internal sealed record RunningServer(Uri ApiBase, int ProcessId, TimeSpan TimeToReady, IAsyncDisposable Handle, string? SelfReported = null)
    : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Handle.DisposeAsync();
}
