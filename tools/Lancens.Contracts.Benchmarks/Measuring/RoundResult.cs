using Lancens.Contracts.Benchmarks.Load;
using Lancens.Contracts.Benchmarks.Requests;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>One measured run of one workload on one server, whichever generator drove it.</summary>
/// <param name="ConnectionErrors">Connect, read and write errors and timeouts.</param>
/// <param name="Wrong">Answers other than the expected one.</param>
internal sealed record RoundResult(long Answers, TimeSpan Duration, long ConnectionErrors, long Wrong, TimeSpan P50, TimeSpan P99)
{
    public double RequestsPerSecond => Duration > TimeSpan.Zero ? Answers / Duration.TotalSeconds : 0;

    /// <summary>
    /// wrk only counts answers of status 400 and above, so for an expected error every answer below 400 is wrong, and
    /// another error status cannot be told from the expected one: the checks before and after the runs do that.
    /// </summary>
    public static RoundResult Of(WrkResult wrk, ApiCall call) =>
        new(wrk.Requests, wrk.Duration, wrk.SocketErrors, call.Expected.Status < 400 ? wrk.StatusErrors : wrk.Requests - wrk.StatusErrors, wrk.P50, wrk.P99);

    /// <summary>A leak is a wrong answer too; only the soak tells them apart.</summary>
    public static RoundResult Of(GeneratorResult generated) =>
        new(generated.Answers, generated.Elapsed, generated.ConnectionErrors, generated.Wrong + generated.Leaks, generated.P50, generated.P99);
}
