using Lancens.Contracts.Benchmarks.Bare;
using Lancens.Contracts.Benchmarks.Load;
using Lancens.Contracts.Benchmarks.Requests;
using Lancens.Contracts.Benchmarks.Servers;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>
/// The whole benchmark: the four servers up, each set up and its answers checked, every workload measured on all of them
/// in alternating rounds, their memory read, and the generator's own cost measured on the bare endpoint last.
/// </summary>
internal static class BenchmarkRun
{
    public static async Task<BenchmarkReport> RunAsync(Wrk wrk, BenchmarkSettings settings, TextWriter progress, CancellationToken cancellationToken)
    {
        var layout = RepositoryLayout.Find();
        var spec = ApiSpecification.Load(layout.SpecFile);
        var requests = new BenchmarkRequests(spec);
        var workloads = Workload.All(requests);
        var plans = requests.MixPlans(settings.Connections);
        var checkPlan = requests.MixPlans(1)[0];
        var scratch = Directory.CreateTempSubdirectory("lancens-bench-");
        var servers = new List<ServerUnderTest>();
        try
        {
            foreach (var launcher in await LaunchersAsync(layout, spec, requests, plans[0], scratch.FullName, progress, cancellationToken))
            {
                servers.Add(await ServerStarts.StartAsync(launcher, settings.Starts, progress, cancellationToken));
            }

            using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
            var checks = new AnswerChecks(client, requests);
            var sessions = new Dictionary<ServerUnderTest, LoginSession>();
            foreach (var server in servers)
            {
                sessions[server] = await ServerSetup.LogInAndRegisterAsync(client, server, requests, cancellationToken);
            }

            var notes = servers.ToDictionary(server => server, _ => new Dictionary<string, string>(StringComparer.Ordinal));
            var results = servers.ToDictionary(server => server, _ => new List<WorkloadResult>());
            foreach (var workload in workloads)
            {
                var drivers = new Dictionary<ServerUnderTest, IWorkloadDriver>();
                foreach (var server in servers)
                {
                    var request = workload.Repeated?.Fill(sessions[server]);
                    var note = request is null ? await checks.MixAsync(server, checkPlan, cancellationToken) : await checks.RepeatedAsync(server, request, cancellationToken);
                    if (note is not null)
                    {
                        notes[server][workload.Name] = note;
                        progress.WriteLine($"[{server}] {workload}: {note}");
                    }

                    drivers[server] = request is null
                        ? new MixDriver(requests, plans, server.ApiBase, settings.Timeout)
                        : new WrkDriver(wrk, request, server.ApiBase, scratch.FullName, $"{server}-{workload}");
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
            var bare = servers.Single(server => server.Name == BareEndpointLauncher.ServerName);
            // What the C# generator costs next to wrk, since the mix's figures are its: the same query on the bare endpoint,
            // one run each, the generator's code warm from the mix.
            var query = workloads[0].Repeated!.Fill(sessions[bare]);
            progress.WriteLine($"[{bare}] {workloads[0]}: the C# generator against wrk, {settings.DurationSeconds} s each ...");
            IVirtualUser[] repeaters = [.. Enumerable.Repeat(new RepeatUser(query), settings.Connections)];
            var byGenerator = RoundResult.Of(await ClosedLoopGenerator.RunAsync(repeaters, bare.ApiBase, TimeSpan.FromSeconds(settings.DurationSeconds), settings.Timeout, cancellationToken));
            var byWrk = await new WrkDriver(wrk, query, bare.ApiBase, scratch.FullName, "calibration").RunAsync(settings.DurationSeconds, cancellationToken);
            var cost = new GeneratorCost(bare.Name, workloads[0].Name, byWrk, byGenerator);
            var machine = await Machine.DescribeAsync(servers.Single(server => server.Name == WireMockLauncher.ServerName).ProcessId, cancellationToken);
            var measurements = servers.Select(server => new ServerMeasurement(
                server.Name, server.Description, server.Traits.Remembers, server.ReadyTimes, server.MedianReadyTime, server.SelfReported,
                resident[server], results[server], notes[server])).ToList();
            return new BenchmarkReport(settings, machine, workloads, measurements, bare.Name, cost);
        }
        finally
        {
            foreach (var server in Enumerable.Reverse(servers))
            {
                await server.DisposeAsync();
            }

            scratch.Delete(recursive: true);
        }
    }

    private static async Task<IReadOnlyList<IServerLauncher>> LaunchersAsync(
        RepositoryLayout layout, ApiSpecification spec, BenchmarkRequests requests, MixPlan plan, string scratch, TextWriter progress, CancellationToken cancellationToken)
    {
        // A query without a token: every server answers it (401 or 200) as soon as it serves the API.
        var probe = requests.Query.Fill(new LoginSession(string.Empty, string.Empty, Token: string.Empty)).RelativePath;
        var answers = Path.Combine(scratch, "bare-answers.json");
        FixedAnswer.Write(answers, FixedAnswerTable.For(requests, [requests.Login, requests.Query, requests.Register, .. plan.Cycle]));
        var prism = await PrismInstall.EnsureAsync(layout, progress, cancellationToken);
        return
        [
            new EngineLauncher(layout, spec, probe),
            new WireMockLauncher(layout, spec),
            new PrismLauncher(layout, prism, probe),
            new BareEndpointLauncher(answers, spec.BasePath, probe, layout.Root),
        ];
    }
}
