namespace Lancens.Contracts.Benchmarks;

/// <summary>Prints the report as plain-text tables, one fixed layout so two runs compare line by line.</summary>
internal static class ReportWriter
{
    public static double Megabytes(long bytes) => bytes / (1024.0 * 1024.0);

    public static void Write(TextWriter output, BenchmarkReport report)
    {
        WriteContext(output, report);
        WriteWorkloads(output, report);
        WriteServers(output, report);
        WriteTargets(output, report);
    }

    private static void WriteContext(TextWriter output, BenchmarkReport report)
    {
        var settings = report.Settings;
        output.WriteLine("Lancens mock benchmark: generated mappings (mocks/) against 3 minimal stubs, same WireMock and JVM flags");
        output.WriteLine($"Machine:  {report.Machine.Cores} cores, {report.Machine.Cpu}");
        output.WriteLine($"Java:     {report.Machine.Java}");
        output.WriteLine(
            $"Settings: wrk {settings.Threads} thread, {settings.Connections} connections, {settings.WarmupSeconds} s warm-up (discarded), then " +
            $"{settings.Rounds} rounds of {settings.DurationSeconds} s per workload and server, alternating servers; timeout {settings.TimeoutSeconds} s; servers on 127.0.0.1");
        output.WriteLine();
    }

    private static void WriteWorkloads(TextWriter output, BenchmarkReport report)
    {
        output.WriteLine($"{"workload",-14} {"server",-10} {"req/s",10} {"p50 ms",8} {"p99 ms",8} {"errors",7} {"non-2xx/3xx",12} {"gen/min",8}  rounds (req/s)");
        foreach (var workload in Workloads.Measured)
        {
            var ratio = $"{report.ThroughputRatio(workload):0.0%}";
            WriteRow(output, workload.Name, "generated", report.Generated.For(workload), ratio);
            WriteRow(output, "", "minimal", report.Minimal.For(workload), "");
        }

        output.WriteLine(
            "req/s, p50 and p99 are medians of the rounds; errors: socket errors and timeouts, plus answers with the wrong status class (wrk only tells 2xx/3xx from the rest).");
        output.WriteLine();
    }

    private static void WriteRow(TextWriter output, string workload, string server, WorkloadResult result, string ratio) =>
        output.WriteLine(
            $"{workload,-14} {server,-10} {result.RequestsPerSecond,10:0} {result.P50.TotalMilliseconds,8:0.00} {result.P99.TotalMilliseconds,8:0.00} " +
            $"{result.UnexpectedAnswers,7} {result.StatusErrors,12} {ratio,8}  {result.Spread}");

    private static void WriteServers(TextWriter output, BenchmarkReport report)
    {
        output.WriteLine($"{"",-26} {"generated",10} {"minimal",10}");
        output.WriteLine(
            $"{"time to ready (s)",-26} {report.Generated.TimeToReady.TotalSeconds,10:0.00} {report.Minimal.TimeToReady.TotalSeconds,10:0.00}");
        output.WriteLine(
            $"{"RSS after the runs (MB)",-26} {Megabytes(report.Generated.ResidentBytesAfterRuns),10:0} " +
            $"{Megabytes(report.Minimal.ResidentBytesAfterRuns),10:0}");
        output.WriteLine("time to ready: from process start to /__admin/health answering 200, on the second launch of each root.");
        output.WriteLine();
    }

    private static void WriteTargets(TextWriter output, BenchmarkReport report)
    {
        var checks = Targets.Check(report);
        output.WriteLine($"Targets (generated mock): {checks.Count(check => check.Met)} of {checks.Count} met");
        foreach (var check in checks)
        {
            output.WriteLine($"  {(check.Met ? "met   " : "MISSED")}  {check.Target,-48} {check.Measured}");
        }
    }
}
