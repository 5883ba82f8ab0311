namespace Lancens.Contracts.Benchmarks.Soak;

/// <summary>
/// The engine as lancens serve runs it, under the stateful mix for a long while, every answer judged against the spec's
/// contract and against what its virtual user registered; then its counts, throughput and verdict printed.
/// </summary>
internal static class SoakRun
{
    /// <param name="users">Virtual users, each with one connection and an account of its own.</param>
    /// <returns>
    /// Whether it passed: no connection error, no undocumented answer, no leak; and, stricter than those three, no
    /// documented answer other than the step's own, since each virtual user's account is its alone.
    /// </returns>
    public static async Task<bool> RunAsync(int seconds, int users, TextWriter output, TextWriter progress, CancellationToken cancellationToken)
    {
        var layout = RepositoryLayout.Find();
        var spec = ApiSpecification.Load(layout.SpecFile);
        var requests = new BenchmarkRequests(spec);
        var mix = new StatefulMix(requests, requests.MixPlans(users), checkContract: true);
        var kind = ServerKind.Engine(layout, spec, requests.Probe);
        await using var engine = await kind.StartAsync(cancellationToken);
        progress.WriteLine($"[engine] answered {engine.TimeToReady.TotalSeconds:0.000} s after process start; soaking for {seconds} s with {users} virtual users ...");
        var load = await mix.RunAsync(engine.ApiBase, seconds, cancellationToken);
        var residentMegabytes = ProcessMemory.ResidentMegabytesOfTree(engine.ProcessId);

        var passed = load.Answers > 0 && load.ConnectionErrors == 0 && load.Undocumented == 0 && load.Leaks == 0 && load.Wrong == 0;
        output.WriteLine($"Lancens soak: the engine, {kind.Description}, under the stateful mix");
        output.WriteLine(
            $"Load:  the C# generator, {users} virtual users, each with one connection and an account of its own, looping " +
            $"login, register, query, update, delete, logout for {seconds} s; timeout {BenchmarkSettings.TimeoutSeconds} s; every answer checked");
        output.WriteLine(
            $"Answers: {load.Answers} in {load.Duration.TotalSeconds:0.0} s: {load.RequestsPerSecond:0} req/s, p50 {load.P50.TotalMilliseconds:0.00} ms, " +
            $"p99 {load.P99.TotalMilliseconds:0.00} ms; {load.Cycles} whole cycles");
        Count("connection errors", load.ConnectionErrors, "connect, read or write errors and timeouts");
        Count("undocumented answers", load.Undocumented, "a status the operation does not document, not JSON, or a body off that status's schema");
        Count("leaks", load.Leaks, "a query answering another virtual user's push token or user id");
        Count("wrong answers", load.Wrong, "documented, but not the step's own answer (another status, or not this user's record)");
        output.WriteLine($"RSS after: {residentMegabytes:0} MB");
        foreach (var sample in load.Samples)
        {
            output.WriteLine($"  e.g. {sample}");
        }

        output.WriteLine(passed ? "PASSED: every answer was documented, and each user's own" : "FAILED: see the counts above");
        return passed;

        void Count(string name, long count, string meaning) => output.WriteLine($"  {name,-21} {count,8}   ({meaning})");
    }
}
