using Lancens.Contracts.Benchmarks.Load;
using Lancens.Contracts.Benchmarks.Requests;
using Lancens.Contracts.Benchmarks.Servers;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>
/// What the C# generator costs next to wrk: the same request on the same server, one run each at the same connections.
/// The mix's figures are the generator's, so this says how much of a server's figure the generator may hide.
/// </summary>
internal static class GeneratorCalibration
{
    public static async Task<GeneratorCost> MeasureAsync(
        Wrk wrk, ServerUnderTest server, string workload, SentRequest request, BenchmarkSettings settings, string scriptDirectory, TextWriter progress, CancellationToken cancellationToken)
    {
        var byWrk = new WrkDriver(wrk, request, server.ApiBase, scriptDirectory, $"calibration-{server}");
        IVirtualUser[] users = [.. Enumerable.Range(0, settings.Connections).Select(_ => new RepeatUser(request))];
        var seconds = TimeSpan.FromSeconds(settings.DurationSeconds);
        progress.WriteLine($"[{server}] {workload}: the C# generator against wrk, {settings.DurationSeconds} s each ...");
        await ClosedLoopGenerator.RunAsync(users, server.ApiBase, TimeSpan.FromSeconds(Math.Max(1, settings.WarmupSeconds)), settings.Timeout, cancellationToken);
        var generated = RoundResult.Of(await ClosedLoopGenerator.RunAsync(users, server.ApiBase, seconds, settings.Timeout, cancellationToken));
        var measured = await byWrk.RunAsync(settings.DurationSeconds, cancellationToken);
        return new GeneratorCost(server.Name, workload, measured, generated);
    }
}
