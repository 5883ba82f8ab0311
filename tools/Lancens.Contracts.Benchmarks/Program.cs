using System.Runtime.InteropServices;
using Lancens.Contracts.Benchmarks;
using Lancens.Contracts.WireMockHost;

// Exit codes: 0 the benchmark ran (missed targets are in the report), 1 it could not run, 2 wrk is missing,
// 64 the arguments are wrong, 130 it was interrupted.
if (BenchmarkSettings.AsksForHelp(args))
{
    Console.WriteLine(BenchmarkSettings.Usage);
    return 0;
}

if (!BenchmarkSettings.TryParse(args, out var settings, out var problem))
{
    Console.Error.WriteLine(problem);
    Console.Error.WriteLine(BenchmarkSettings.Usage);
    return 64;
}

var wrk = Wrk.Find(settings);
if (wrk is null)
{
    Console.Error.WriteLine(Wrk.InstallHint);
    return 2;
}

// Cancelling the signal instead of dying lets the await using blocks stop the servers; the launcher then leaves them to us.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

try
{
    var report = await BenchmarkRun.RunAsync(wrk, settings, Console.Error, stop.Token);
    ReportWriter.Write(Console.Out, report);
    return 0;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.Error.WriteLine("Interrupted; the servers were stopped.");
    return 130;
}
catch (OperationCanceledException exception)
{
    // Not ours, so an HTTP call to a server timed out.
    Console.Error.WriteLine($"The benchmark could not run: {exception.Message}");
    return 1;
}
catch (Exception exception) when (exception is BenchmarkException or WireMockException or HttpRequestException
    or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"The benchmark could not run: {exception.Message}");
    return 1;
}
