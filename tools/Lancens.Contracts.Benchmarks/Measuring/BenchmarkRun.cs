using Lancens.Contracts.Benchmarks.Bare;
using Lancens.Contracts.Benchmarks.Load;
using Lancens.Contracts.Benchmarks.Requests;
using Lancens.Contracts.Benchmarks.Servers;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>
/// The whole benchmark: the servers up, each set up and its answers checked, every workload measured on all of them
/// in alternating rounds, their memory read, and the generator's own cost measured on the bare endpoint last.
/// </summary>
internal static class BenchmarkRun
{
    public static async Task<BenchmarkReport> RunAsync(Wrk wrk, BenchmarkSettings settings, TextWriter progress, CancellationToken cancellationToken)
    {
        var layout = RepositoryLayout.Find();
        var spec = ApiSpecification.Load(layout.SpecFile);
        var requests = new BenchmarkRequests(spec);
        var plans = requests.MixPlans(settings.Connections);
        var checkPlan = requests.MixPlans(1)[0];
        var scratch = Directory.CreateTempSubdirectory("lancens-bench-").FullName;
        var servers = new List<ServerUnderTest>();
        try
        {
            var bareAnswers = Path.Combine(scratch, "bare-answers.json");
            BareEndpoint.WriteAnswers(bareAnswers, requests, [requests.Login, requests.Query, requests.Register, .. plans[0].Cycle]);
            var prism = await PrismInstall.EnsureAsync(layout, progress, cancellationToken);
            foreach (var kind in ServerKind.All(layout, spec, requests.Probe, prism, bareAnswers))
            {
                servers.Add(await ServerUnderTest.StartAsync(kind, settings.Starts, progress, cancellationToken));
            }

            using var checks = new AnswerChecks(requests);
            var sessions = new Dictionary<ServerUnderTest, LoginSession>();
            foreach (var server in servers)
            {
                sessions[server] = await checks.SetUpAsync(server, cancellationToken);
            }

            var notes = servers.ToDictionary(server => server, _ => new Dictionary<string, string>(StringComparer.Ordinal));
            var results = servers.ToDictionary(server => server, _ => new List<WorkloadResult>());
            foreach (var workload in requests.Workloads)
            {
                var drivers = new Dictionary<ServerUnderTest, Func<int, CancellationToken, Task<RoundResult>>>();
                foreach (var server in servers)
                {
                    var request = workload.Repeated?.Fill(sessions[server]);
                    var note = request is null ? await checks.MixAsync(server, checkPlan, cancellationToken) : await checks.RepeatedAsync(server, request, cancellationToken);
                    if (note is not null)
                    {
                        notes[server][workload.Name] = note;
                        progress.WriteLine($"[{server}] {workload}: {note}");
                    }

                    drivers[server] = request is null ? ByMix(server.ApiBase) : ByWrk(request, server.ApiBase, $"{server}-{workload}");
                }

                foreach (var (server, result) in await AlternatingRounds.MeasureAsync(workload, drivers, settings, progress, cancellationToken))
                {
                    results[server].Add(result);
                }

                // The same answer after the runs as before them: nothing drifted while the load ran.
                if (workload.Repeated is { } repeated)
                {
                    foreach (var server in servers)
                    {
                        await checks.RepeatedAsync(server, repeated.Fill(sessions[server]), cancellationToken);
                    }
                }
            }

            var resident = servers.ToDictionary(server => server, server => ProcessMemory.ResidentBytesOfTree(server.ProcessId));

            // What the C# generator costs next to wrk, since the mix's figures are its: the same query on the bare endpoint,
            // one run each, the generator's code warm from the mix.
            var bare = servers.Single(server => server.Kind.Name == ServerKind.BareName);
            var query = requests.Query.Fill(sessions[bare]);
            progress.WriteLine($"[{bare}] {requests.Workloads[0]}: the C# generator against wrk, {settings.DurationSeconds} s each ...");
            var duration = TimeSpan.FromSeconds(settings.DurationSeconds);
            var byGenerator = await GeneratorRun.RunAsync(
                settings.Connections, (_, run, tally, cancellation) => run.SendAsync(query, tally, cancellation), bare.ApiBase, duration, settings.Timeout, cancellationToken);
            var byWrk = await ByWrk(query, bare.ApiBase, "generator-cost")(settings.DurationSeconds, cancellationToken);
            var cost = new GeneratorCost(bare.Kind.Name, requests.Workloads[0].Name, byWrk, RoundResult.Of(byGenerator));

            var machine = await Machine.DescribeAsync(servers.Single(server => server.Kind.Name == ServerKind.WireMockName).ProcessId, cancellationToken);
            var measurements = servers.Select(server => new ServerMeasurement(
                server.Kind, server.ReadyTimes, server.SelfReported, resident[server], results[server], notes[server])).ToList();
            return new BenchmarkReport(settings, machine, requests.Workloads, measurements, cost);
        }
        finally
        {
            foreach (var server in Enumerable.Reverse(servers))
            {
                await server.DisposeAsync();
            }

            Directory.Delete(scratch, recursive: true);
        }

        // The C# generator running the stateful mix, one virtual user (and account) per connection. Answers are judged by
        // status and by the query's record only: validating every body against its schema would take CPU from the server.
        Func<int, CancellationToken, Task<RoundResult>> ByMix(Uri apiBase) => async (seconds, cancellation) =>
            RoundResult.Of(await new StatefulMix(requests, plans, checkContract: false).RunAsync(apiBase, TimeSpan.FromSeconds(seconds), settings.Timeout, cancellation));

        // wrk repeating one request, filled with the server's own setup session, written once as a script.
        Func<int, CancellationToken, Task<RoundResult>> ByWrk(SentRequest request, Uri apiBase, string name)
        {
            var script = Wrk.WriteScript(request, scratch, name);
            return (seconds, cancellation) => wrk.RunAsync(request.Url(apiBase), script, seconds, request.Call.Expected.Status, cancellation);
        }
    }
}

/// <summary>How long and how hard each workload is driven, and how often each server is started to time its start.</summary>
internal sealed record BenchmarkSettings(int DurationSeconds, int Connections, int WarmupSeconds, int Rounds, int Starts)
{
    // One wrk thread: on 2 cores it leaves the server, which is what is being measured, the most CPU.
    public int Threads => 1;

    // wrk's own default, passed explicitly so the printed settings stay true whatever wrk version runs; the C#
    // generator and the soak use the same.
    public int TimeoutSeconds => 2;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);
}
