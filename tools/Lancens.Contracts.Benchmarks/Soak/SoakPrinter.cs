namespace Lancens.Contracts.Benchmarks.Soak;

/// <summary>Prints the soak's counts, its throughput and its verdict.</summary>
internal static class SoakPrinter
{
    public static void Write(TextWriter output, SoakResult result)
    {
        var load = result.Load;
        output.WriteLine($"Lancens soak: the engine, {result.Engine}, under the stateful mix");
        output.WriteLine(
            $"Load:  the C# generator, {result.Settings.Connections} virtual users, each with one connection and an account of its own, looping " +
            $"login, register, query, update, delete, logout for {result.Settings.Seconds} s; timeout {result.Settings.Timeout.TotalSeconds:0} s; every answer checked");
        output.WriteLine(
            $"Answers: {load.Answers} in {load.Elapsed.TotalSeconds:0.0} s: {load.RequestsPerSecond:0} req/s, p50 {load.P50.TotalMilliseconds:0.00} ms, " +
            $"p99 {load.P99.TotalMilliseconds:0.00} ms; {load.Cycles} whole cycles");
        Count(output, "connection errors", load.ConnectionErrors, "connect, read or write errors and timeouts");
        Count(output, "undocumented answers", load.Undocumented, "a status the operation does not document, not JSON, or a body off that status's schema");
        Count(output, "leaks", load.Leaks, "a query answering another virtual user's push token or user id");
        Count(output, "wrong answers", load.Wrong, "documented, but not the step's own answer (another status, or not this user's record)");
        output.WriteLine($"RSS after: {result.ResidentBytesAfter / (1024.0 * 1024.0):0} MB");
        foreach (var sample in load.Samples)
        {
            output.WriteLine($"  e.g. {sample}");
        }

        output.WriteLine(result.Passed ? "PASSED: every answer was documented, and each user's own" : "FAILED: see the counts above");
    }

    private static void Count(TextWriter output, string name, long count, string meaning) =>
        output.WriteLine($"  {name,-21} {count,8}   ({meaning})");
}
