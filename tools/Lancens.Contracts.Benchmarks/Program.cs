using System.CommandLine;
using System.ComponentModel;
using System.Globalization;
using Lancens.Contracts.Benchmarks;
using Lancens.Contracts.Benchmarks.Bare;
using Lancens.Contracts.Benchmarks.Reporting;
using Lancens.Contracts.Benchmarks.Soak;
using Lancens.Contracts.WireMockHost;

// Exit codes: 0 it ran (missed targets are in the report), 1 it could not run, 2 wrk is missing, 3 the soak found
// problems, 64 the arguments are wrong, 130 it was interrupted.
const int CouldNotRun = 1, WrkMissing = 2, SoakFoundProblems = 3, WrongArguments = 64, Interrupted = 130;

// The bare endpoint's mode is matched before any command line is built, so its time to ready carries none of that.
if (args is [BareEndpoint.Mode, "--port", var portText, "--answers", var answersFile]
    && int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port))
{
    return await BareEndpoint.RunAsync(port, answersFile);
}

return await CommandLineAsync(args);

// Apart from the top-level code, so the bare endpoint's start compiles none of it.
static async Task<int> CommandLineAsync(string[] args)
{
    // Three 10 s rounds per server: single runs here vary by 10-15%, more than the differences worth seeing. Three timed
    // starts, after one that only warms the file cache (and records WireMock's class-data archive).
    var duration = Whole("--duration", "Seconds of each measured round.", 10, minimum: 1);
    var connections = Whole("--connections", "wrk's connections, and the stateful mix's virtual users.", 32, minimum: 1);
    var warmup = Whole("--warmup", "Seconds of warm-up per workload and server, not measured.", 5, minimum: 0);
    var rounds = Whole("--rounds", "Measured rounds per workload and server, the servers taking turns.", 3, minimum: 1);
    var starts = Whole("--starts", "Timed starts per server, after one untimed start.", 3, minimum: 1);
    var seconds = Whole("--seconds", "How long the soak runs.", 60, minimum: 1);
    var users = Whole("--connections", "Virtual users, each with one connection and an account of its own.", 64, minimum: 1);

    var soak = new Command("soak", "The engine under the stateful mix for a long while; exits 3 unless every answer was right.") { seconds, users };
    soak.SetAction(Guarded(async (result, cancellation) =>
        await SoakRun.RunAsync(result.GetValue(seconds), result.GetValue(users), Console.Out, Console.Error, cancellation) ? 0 : SoakFoundProblems));

    var root = new RootCommand("Measures the engine against stock WireMock, WireMock.Net, Prism and a bare ASP.NET Core endpoint; prints the README's figures.")
    {
        duration, connections, warmup, rounds, starts, soak,
    };
    root.SetAction(Guarded(async (result, cancellation) =>
    {
        var settings = new BenchmarkSettings(result.GetValue(duration), result.GetValue(connections), result.GetValue(warmup), result.GetValue(rounds), result.GetValue(starts));
        if (Wrk.Find(settings.Connections) is not { } wrk)
        {
            await Console.Error.WriteLineAsync(Wrk.InstallHint);
            return WrkMissing;
        }

        if (!string.Equals(DotnetFiles.Configuration, "release", StringComparison.OrdinalIgnoreCase))
        {
            // The engine measured is the CLI of this program's configuration.
            await Console.Error.WriteLineAsync($"Measuring a {DotnetFiles.Configuration} build: the targets are for Release (dotnet run -c Release).");
        }

        FiguresPrinter.Write(Console.Out, await BenchmarkRun.RunAsync(wrk, settings, Console.Error, cancellation));
        return 0;
    }));

    var parsed = root.Parse(args);
    if (parsed.Errors.Count > 0)
    {
        // Prints the errors and the usage; its own exit code would be 1.
        await parsed.InvokeAsync();
        return WrongArguments;
    }

    // Ctrl-C and SIGTERM cancel the token; the await using blocks then stop the servers (a JVM, node), which can take longer
    // than the library's default 2 s before it gives up waiting.
    return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
}

static Option<int> Whole(string name, string description, int defaultValue, int minimum)
{
    var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
    // A value that is no number is the parser's error already; a default is never below its minimum.
    option.Validators.Add(result =>
    {
        if (result.Tokens is [var token] && int.TryParse(token.Value, CultureInfo.InvariantCulture, out var value) && value < minimum)
        {
            result.AddError($"{name} must be at least {minimum}.");
        }
    });
    return option;
}

// What stops a run, turned into its exit code.
static Func<ParseResult, CancellationToken, Task<int>> Guarded(Func<ParseResult, CancellationToken, Task<int>> command) => async (result, cancellation) =>
{
    try
    {
        return await command(result, cancellation);
    }
    catch (Exception exception) when (exception is BenchmarkException or WireMockException or HttpRequestException
        or OperationCanceledException or IOException or UnauthorizedAccessException or Win32Exception)
    {
        // Whatever stopped an interrupted run came of the interruption: the child-process reaper kills wrk and the servers
        // on the signal too, and a killed wrk exits 137 before the cancellation reaches its wait.
        if (cancellation.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Interrupted; the servers were stopped.");
            return Interrupted;
        }

        // An OperationCanceledException not of our token is a call to a server that timed out.
        await Console.Error.WriteLineAsync($"Could not run: {exception.Message}");
        return CouldNotRun;
    }
};
