using Lancens.Contracts.Model;

namespace Lancens.Contracts.Benchmarks;

/// <summary>
/// The whole benchmark: both servers up, then every workload measured on each in alternating rounds, so
/// drift in the machine's speed falls on both alike, and the medians compared.
/// </summary>
internal static class BenchmarkRun
{
    public static async Task<BenchmarkReport> RunAsync(
        Wrk wrk, BenchmarkSettings settings, TextWriter progress, CancellationToken cancellationToken)
    {
        var layout = RepositoryLayout.Find();
        var scripts = Directory.CreateTempSubdirectory("lancens-bench-");
        try
        {
            await using var generated = await BenchmarkServer.StartAsync("generated", layout.MocksDirectory, progress, cancellationToken).ConfigureAwait(false);
            await generated.ResetAsync(cancellationToken).ConfigureAwait(false);
            await generated.ExpectAsync(Workloads.Registration, cancellationToken).ConfigureAwait(false);
            var record = await generated.ExpectAsync(Workloads.Query, cancellationToken).ConfigureAwait(false);
            await using var minimal = await BenchmarkServer.StartAsync("minimal", MinimalRoot.Prepare(layout.MocksDirectory, record), progress, cancellationToken)
                .ConfigureAwait(false);

            var servers = new[] { generated, minimal };
            var results = servers.ToDictionary(server => server, _ => new List<WorkloadResult>());
            foreach (var workload in Workloads.Measured)
            {
                var script = WrkScript.Write(workload, scripts.FullName);
                var measured = await MeasureAsync(wrk, settings, workload, script, servers, progress, cancellationToken).ConfigureAwait(false);
                foreach (var server in servers)
                {
                    results[server].Add(measured[server]);
                }
            }

            return new BenchmarkReport(
                settings,
                Machine.Describe(generated.Java),
                new ServerMeasurement(generated.Name, generated.TimeToReady, generated.ResidentBytes(), results[generated]),
                new ServerMeasurement(minimal.Name, minimal.TimeToReady, minimal.ResidentBytes(), results[minimal]));
        }
        finally
        {
            scripts.Delete(recursive: true);
        }
    }

    private static async Task<Dictionary<BenchmarkServer, WorkloadResult>> MeasureAsync(
        Wrk wrk, BenchmarkSettings settings, Workload workload, string script, IReadOnlyList<BenchmarkServer> servers, TextWriter progress, CancellationToken cancellationToken)
    {
        var runs = servers.ToDictionary(server => server, _ => new List<WrkResult>());
        foreach (var server in servers)
        {
            await server.ExpectAsync(workload, cancellationToken).ConfigureAwait(false);
            if (settings.WarmupSeconds > 0)
            {
                progress.WriteLine($"[{server.Name}] {workload.Name}: warming up for {settings.WarmupSeconds} s ...");
                await wrk.RunAsync(new Uri(server.BaseUrl, workload.Path), script, settings.WarmupSeconds, cancellationToken).ConfigureAwait(false);
            }
        }

        for (var round = 1; round <= settings.Rounds; round++)
        {
            // Alternating who goes first keeps either from always measuring right after the other's load.
            foreach (var server in round % 2 == 1 ? servers : servers.Reverse())
            {
                progress.WriteLine($"[{server.Name}] {workload.Name}: round {round} of {settings.Rounds}, {settings.DurationSeconds} s ...");
                runs[server].Add(await wrk.RunAsync(new Uri(server.BaseUrl, workload.Path), script, settings.DurationSeconds, cancellationToken).ConfigureAwait(false));
            }
        }

        foreach (var server in servers)
        {
            // The same answer after the runs as before them: no state drifted while wrk was hammering the server.
            await server.ExpectAsync(workload, cancellationToken).ConfigureAwait(false);
        }

        return servers.ToDictionary(server => server, server => new WorkloadResult(workload, runs[server]));
    }
}
