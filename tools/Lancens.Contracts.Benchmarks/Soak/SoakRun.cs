using Lancens.Contracts.Benchmarks.Load;
using Lancens.Contracts.Benchmarks.Measuring;
using Lancens.Contracts.Benchmarks.Requests;
using Lancens.Contracts.Benchmarks.Servers;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Benchmarks.Soak;

/// <summary>
/// The engine as lancens serve runs it, under the stateful mix for a long while, every answer judged against the spec's
/// contract and against what its virtual user registered.
/// </summary>
internal static class SoakRun
{
    public static async Task<SoakResult> RunAsync(SoakSettings settings, TextWriter progress, CancellationToken cancellationToken)
    {
        var layout = RepositoryLayout.Find();
        var spec = ApiSpecification.Load(layout.SpecFile);
        var requests = new BenchmarkRequests(spec);
        var plans = requests.MixPlans(settings.Connections);
        var probe = requests.Query.Fill(new LoginSession(string.Empty, string.Empty, Token: string.Empty)).RelativePath;
        var launcher = new EngineLauncher(layout, spec, probe);
        await using var engine = await launcher.StartAsync(progress, cancellationToken);
        progress.WriteLine($"[engine] answered {engine.TimeToReady.TotalSeconds:0.000} s after process start; soaking for {settings.Seconds} s with {settings.Connections} virtual users ...");

        var judge = new MixJudge(requests, plans, checkContract: true);
        var users = plans.Select((plan, index) => new MixUser(index, plan, judge)).ToList();
        var load = await ClosedLoopGenerator.RunAsync(users, engine.ApiBase, TimeSpan.FromSeconds(settings.Seconds), settings.Timeout, cancellationToken);
        return new SoakResult(settings, launcher.Description, load, ProcessMemory.ResidentBytesOfTree(engine.ProcessId));
    }
}
