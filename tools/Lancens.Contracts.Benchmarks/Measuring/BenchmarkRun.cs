using Lancens.Contracts.Benchmarks.Bare;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>
/// The whole benchmark: the servers up, each set up (engine+armed armed too) and its answers checked, every workload
/// measured on all of them (engine+armed: the query alone) in alternating rounds, their memory read, and the C# generator
/// run once on the bare endpoint's query last, for its cost next to wrk.
/// </summary>
internal static class BenchmarkRun
{
    public static async Task<BenchmarkReport> RunAsync(Wrk wrk, BenchmarkSettings settings, TextWriter progress, CancellationToken cancellationToken)
    {
        var layout = RepositoryLayout.Find();
        var spec = ApiSpecification.Load(layout.SpecFile);
        var requests = new BenchmarkRequests(spec);
        var plans = requests.MixPlans(settings.Connections);
        var scratch = Directory.CreateTempSubdirectory("lancens-bench-").FullName;
        var servers = new List<ServerUnderTest>();
        try
        {
            var bareAnswers = Path.Combine(scratch, "bare-answers.json");
            BareEndpoint.WriteAnswers(bareAnswers, requests, requests.CheckPlan.Cycle);
            var checks = new AnswerChecks(requests);
            var sessions = new Dictionary<ServerUnderTest, LoginSession>();
            foreach (var kind in await ServerKind.AllAsync(layout, spec, requests.Probe, bareAnswers, progress, cancellationToken))
            {
                var server = await ServerUnderTest.StartAsync(kind, settings.Starts, progress, cancellationToken);
                servers.Add(server);
                sessions[server] = await checks.SetUpAsync(server, cancellationToken);
            }

            // Armed after its setup, so the setup account's query is checked, before and after the runs, with them in place.
            var query = requests.Workloads[0];
            var armed = servers.Single(server => server.Kind.ArmsQuery);
            var (armedCount, times) = await ArmedQuery.ArmAsync(armed.Running.Root, requests.Query.Operation, cancellationToken);
            armed.Notes[query.Name] = $"{armedCount} answers armed first on {requests.Query.Operation.Id}, {times} uses each, for " +
                $"{ArmedQuery.Account(1)} to {ArmedQuery.Account(armedCount)}; its own query answering what it registered";
            progress.WriteLine($"[{armed}] {armed.Notes[query.Name]}");

            foreach (var workload in requests.Workloads)
            {
                var drivers = new Dictionary<ServerUnderTest, Func<int, CancellationToken, Task<RoundResult>>>();
                foreach (var server in servers.Where(server => workload == query || !server.Kind.ArmsQuery))
                {
                    var request = workload.Repeated?.Fill(sessions[server]);
                    if (await (request is null ? checks.MixAsync(server, cancellationToken) : checks.RepeatedAsync(server, request, cancellationToken)) is { } note)
                    {
                        server.Notes[workload.Name] = note;
                        progress.WriteLine($"[{server}] {workload}: {note}");
                    }

                    drivers[server] = request is null ? ByMix(server.Running.ApiBase) : ByWrk(request, server.Running.ApiBase, $"{server}-{workload}");
                }

                await AlternatingRounds.MeasureAsync(workload, drivers, settings, progress, cancellationToken);

                // The same answer after the runs as before them: nothing drifted while the load ran.
                if (workload.Repeated is { } repeated)
                {
                    foreach (var server in drivers.Keys)
                    {
                        await checks.RepeatedAsync(server, repeated.Fill(sessions[server]), cancellationToken);
                    }
                }
            }

            foreach (var server in servers)
            {
                server.ResidentMegabytes = ProcessMemory.ResidentMegabytesOfTree(server.Running.ProcessId);
            }

            // What the C# generator costs next to wrk, since the mix's figures are its: one run of the query on the bare
            // endpoint, the generator's code warm from the mix, beside wrk's rounds of it.
            var bare = servers.Single(server => server.Kind.Name == ServerKind.BareName);
            var bareQuery = requests.Query.Fill(sessions[bare]);
            progress.WriteLine($"[{bare}] {query}: the C# generator, {settings.DurationSeconds} s ...");
            var byGenerator = await GeneratorRun.RunAsync(
                settings.Connections, (_, run, tally, cancellation) => run.SendAsync(bareQuery, tally, cancellation), bare.Running.ApiBase, settings.DurationSeconds, cancellationToken);
            var machine = await Machine.DescribeAsync(servers.Single(server => server.Kind.Name == ServerKind.WireMockName).Running.ProcessId, cancellationToken);
            return new BenchmarkReport(settings, machine, requests.Workloads, servers, byGenerator);
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
        Func<int, CancellationToken, Task<RoundResult>> ByMix(Uri apiBase) => (seconds, cancellation) =>
            new StatefulMix(requests, plans, checkContract: false).RunAsync(apiBase, seconds, cancellation);

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
    public const int Threads = 1;

    // wrk's own default, passed explicitly so the printed settings stay true whatever wrk version runs; the C#
    // generator and the soak use the same.
    public const int TimeoutSeconds = 2;

    public static TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);
}
