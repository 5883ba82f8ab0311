namespace Lancens.Contracts.Benchmarks.Reporting;

/// <summary>Prints the benchmark's figures as plain-text tables, one fixed layout so two runs compare line by line.</summary>
internal static class FiguresPrinter
{
    // The longest server name, engine+armed or wiremock-net, and a space.
    private const int Name = -13;

    public static void Write(TextWriter output, BenchmarkReport report)
    {
        WriteContext(output, report);
        WriteWorkloads(output, report);
        WriteServers(output, report);
        WriteNotes(output, report);
        var (wrk, generator) = (report.Baseline.For(report.Workloads[0])!, report.GeneratorOnBaselineQuery);
        output.WriteLine(
            $"Generator cost ({report.Baseline}, {report.Workloads[0]}): wrk {wrk.RequestsPerSecond:0} req/s, p99 {wrk.P99.TotalMilliseconds:0.00} ms (the rounds' medians); " +
            $"C# generator {generator.RequestsPerSecond:0} req/s, p99 {generator.P99.TotalMilliseconds:0.00} ms (one run) " +
            $"({(wrk.RequestsPerSecond > 0 ? generator.RequestsPerSecond / wrk.RequestsPerSecond : 0):0%} of wrk's). The mix's figures are the C# generator's.");
        output.WriteLine();
        var verdicts = EngineTargets.Judge(report);
        output.WriteLine($"Targets (engine): {verdicts.Count(verdict => verdict.Met)} of {verdicts.Count} met");
        foreach (var (target, measured, met) in verdicts)
        {
            output.WriteLine($"  {(met ? "met   " : "MISSED")}  {target,-58} {measured}");
        }
    }

    private static void WriteContext(TextWriter output, BenchmarkReport report)
    {
        var settings = report.Settings;
        output.WriteLine("Lancens mock benchmark: the engine against stock WireMock, WireMock.Net, Prism and a bare ASP.NET Core endpoint, on one machine in one run");
        output.WriteLine($"Machine:  {report.Machine}");
        foreach (var server in report.Servers)
        {
            output.WriteLine($"{(server == report.Servers[0] ? "Servers:" : ""),-9} {server,Name}{server.Kind.Description}");
        }

        output.WriteLine($"Load:     query, register, natural error: wrk, {BenchmarkSettings.Threads} thread, {settings.Connections} connections, one request repeated, no Lua response()");
        output.WriteLine(
            $"          stateful mix: the benchmark's C# generator, {settings.Connections} virtual users, each with one connection and an account of its own, " +
            "looping login, register, query, update, delete, logout");
        output.WriteLine(
            $"          {settings.WarmupSeconds} s warm-up (discarded), then {settings.Rounds} rounds of {settings.DurationSeconds} s per workload and server, " +
            $"servers alternating; timeout {BenchmarkSettings.TimeoutSeconds} s; all on 127.0.0.1");
        output.WriteLine();
    }

    private static void WriteWorkloads(TextWriter output, BenchmarkReport report)
    {
        output.WriteLine($"{"workload",-14} {"server",Name}{"req/s",8} {"p50 ms",7} {"p99 ms",7} {"errors",7} {"wrong",8} {$"% {report.Baseline}",7}  rounds (req/s)");
        foreach (var workload in report.Workloads)
        {
            var rows = report.Servers.SelectMany(server => server.Results.Where(result => result.Workload == workload), (server, result) => (Server: server, Result: result)).ToList();
            foreach (var (server, result) in rows)
            {
                var wrong = workload.IsStatefulMix && !server.Kind.Remembers ? $"{result.Wrong}*" : $"{result.Wrong}";
                output.WriteLine(
                    $"{(server == rows[0].Server ? workload.Name : ""),-14} {server,Name}{result.RequestsPerSecond,8:0} {result.P50.TotalMilliseconds,7:0.00} " +
                    $"{result.P99.TotalMilliseconds,7:0.00} {result.ConnectionErrors,7} {wrong,8} {report.ShareOfBaseline(result),7:0%}  {result.Spread}");
            }
        }

        output.WriteLine("req/s, p50 and p99: medians of the rounds. errors: connection errors and timeouts, all rounds.");
        output.WriteLine("wrong: answers other than the expected one, all rounds (under wrk by status class: wrk tells only <400 from >=400).");
        output.WriteLine("*: this server does not remember (accounts, tokens, registrations), so the stateful mix cannot be answered correctly: its row is throughput only.");
        output.WriteLine();
    }

    private static void WriteServers(TextWriter output, BenchmarkReport report)
    {
        output.WriteLine($"{"server",Name}{"ready s (median)",16}  {"each timed start (s)",-24} {"RSS after the runs",18}");
        foreach (var server in report.Servers)
        {
            var starts = string.Join(" ", server.ReadyTimes.Select(time => $"{time.TotalSeconds:0.000}"));
            output.WriteLine($"{server,Name}{server.MedianReadyTime.TotalSeconds,16:0.000}  {starts,-24} {$"{server.ResidentMegabytes:0} MB",18}");
        }

        output.WriteLine(
            "ready: from process start until it answers (a query without token; WireMock: /__admin/health), polled every 5 ms " +
            "(WireMock's launcher: 25 ms), after one untimed start. RSS: the process and its children, after every workload it ran.");
        output.WriteLine();
    }

    private static void WriteNotes(TextWriter output, BenchmarkReport report)
    {
        output.WriteLine("Answers checked once before measuring (and the repeated ones again after): status documented for the operation, JSON,");
        output.WriteLine("body valid against the status's schema, and what each server can be held to; where it answers otherwise, or was set up so:");
        foreach (var server in report.Servers)
        {
            if (server.Notes.Count == 0)
            {
                output.WriteLine($"  {server,Name}every workload as the spec says{(server.Kind.Remembers ? ", the query answering what was registered" : "")}");
            }

            foreach (var (workload, note) in server.Notes)
            {
                output.WriteLine($"  {server,Name}{workload}: {note}");
            }
        }

        output.WriteLine();
    }
}
