using Lancens.Contracts.Benchmarks.Measuring;

namespace Lancens.Contracts.Benchmarks.Reporting;

/// <summary>Prints the benchmark's figures as plain-text tables, one fixed layout so two runs compare line by line.</summary>
internal static class FiguresPrinter
{
    public static void Write(TextWriter output, BenchmarkReport report)
    {
        WriteContext(output, report);
        WriteWorkloads(output, report);
        WriteServers(output, report);
        WriteNotes(output, report);
        WriteGeneratorCost(output, report.GeneratorCost);
        WriteTargets(output, report);
    }

    private static void WriteContext(TextWriter output, BenchmarkReport report)
    {
        var settings = report.Settings;
        var machine = report.Machine;
        output.WriteLine("Lancens mock benchmark: the engine against stock WireMock, WireMock.Net, Prism and a bare ASP.NET Core endpoint, on one machine in one run");
        output.WriteLine($"Machine:  {machine.Cores} cores, {machine.Cpu}; {machine.Dotnet}; {machine.Java}; Node {machine.Node}");
        foreach (var server in report.Servers)
        {
            output.WriteLine($"{(server == report.Servers[0] ? "Servers:" : ""),-9} {server.Name,-12} {server.Kind.Description}");
        }

        output.WriteLine(
            $"Load:     query, register, natural error: wrk, {settings.Threads} thread, {settings.Connections} connections, one request repeated, no Lua response()");
        output.WriteLine(
            $"          stateful mix: the benchmark's C# generator, {settings.Connections} virtual users, each with one connection and an account of its own, " +
            "looping login, register, query, update, delete, logout");
        output.WriteLine(
            $"          {settings.WarmupSeconds} s warm-up (discarded), then {settings.Rounds} rounds of {settings.DurationSeconds} s per workload and server, " +
            $"servers alternating; timeout {settings.TimeoutSeconds} s; all on 127.0.0.1");
        output.WriteLine();
    }

    private static void WriteWorkloads(TextWriter output, BenchmarkReport report)
    {
        output.WriteLine($"{"workload",-14} {"server",-12} {"req/s",9} {"p50 ms",7} {"p99 ms",7} {"errors",7} {"wrong",8} {$"% {report.Baseline}",7}  rounds (req/s)");
        foreach (var workload in report.Workloads)
        {
            foreach (var server in report.Servers)
            {
                var result = server.For(workload);
                var wrong = workload.IsStatefulMix && !server.Kind.Remembers ? $"{result.Wrong}*" : $"{result.Wrong}";
                output.WriteLine(
                    $"{(server == report.Servers[0] ? workload.Name : ""),-14} {server.Name,-12} {result.RequestsPerSecond,9:0} {result.P50.TotalMilliseconds,7:0.00} " +
                    $"{result.P99.TotalMilliseconds,7:0.00} {result.ConnectionErrors,7} {wrong,8} {report.ShareOfBaseline(server, workload),7:0%}  {result.Spread}");
            }
        }

        output.WriteLine("req/s, p50 and p99: medians of the rounds. errors: connection errors and timeouts, all rounds.");
        output.WriteLine("wrong: answers other than the expected one, all rounds (under wrk by status class: wrk tells only <400 from >=400).");
        output.WriteLine("*: this server does not remember (accounts, tokens, registrations), so the stateful mix cannot be answered correctly: its row is throughput only.");
        output.WriteLine();
    }

    private static void WriteServers(TextWriter output, BenchmarkReport report)
    {
        output.WriteLine($"{"server",-12} {"ready s (median)",16}  {"each timed start (s)",-24} {"RSS after the runs",18}");
        foreach (var server in report.Servers)
        {
            var starts = string.Join(" ", server.ReadyTimes.Select(time => $"{time.TotalSeconds:0.000}"));
            output.WriteLine(
                $"{server.Name,-12} {server.MedianReadyTime.TotalSeconds,16:0.000}  {starts,-24} {$"{server.ResidentMegabytes:0} MB",18}" +
                (server.SelfReportedReady is null ? "" : $"   (it printed: {server.SelfReportedReady})"));
        }

        output.WriteLine(
            "ready: from process start until it answers (a query without token; WireMock: /__admin/health), polled every 5 ms " +
            "(WireMock's launcher: 25 ms), after one untimed start. RSS: the process and its children, after every workload.");
        output.WriteLine();
    }

    private static void WriteNotes(TextWriter output, BenchmarkReport report)
    {
        output.WriteLine("Answers checked once before measuring (and the repeated ones again after): status documented for the operation, JSON,");
        output.WriteLine("body valid against the status's schema, and what each server can be held to; where it answers otherwise:");
        foreach (var server in report.Servers)
        {
            if (server.Notes.Count == 0)
            {
                output.WriteLine($"  {server.Name,-12} every workload as the spec says{(server.Kind.Remembers ? ", the query answering what was registered" : "")}");
            }

            foreach (var (workload, note) in server.Notes)
            {
                output.WriteLine($"  {server.Name,-12} {workload}: {note}");
            }
        }

        output.WriteLine();
    }

    private static void WriteGeneratorCost(TextWriter output, GeneratorCost cost)
    {
        output.WriteLine(
            $"Generator cost ({cost.Server}, {cost.Workload}, one run each): wrk {cost.Wrk.RequestsPerSecond:0} req/s, p99 {cost.Wrk.P99.TotalMilliseconds:0.00} ms; " +
            $"C# generator {cost.Generator.RequestsPerSecond:0} req/s, p99 {cost.Generator.P99.TotalMilliseconds:0.00} ms ({cost.Ratio:0%} of wrk's). " +
            "The mix's figures are the C# generator's.");
        output.WriteLine();
    }

    private static void WriteTargets(TextWriter output, BenchmarkReport report)
    {
        var verdicts = EngineTargets.Judge(report);
        output.WriteLine($"Targets (engine): {verdicts.Count(verdict => verdict.Met)} of {verdicts.Count} met");
        foreach (var verdict in verdicts)
        {
            output.WriteLine($"  {(verdict.Met ? "met   " : "MISSED")}  {verdict.Target,-58} {verdict.Measured}");
        }
    }
}
