using System.Text.RegularExpressions;
using Lancens.Contracts.Benchmarks.Load;
using Lancens.Contracts.Benchmarks.Requests;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Benchmarks.Tests;

/// <summary>
/// A wrk run as the table shows it, read from wrk's real output (WrkOutputs/): its own human-readable report, whose
/// latencies come in us, ms or s and rounded, then the line the benchmark's done() script prints in whole microseconds.
/// </summary>
public sealed class WrkOutputTests
{
    [Fact]
    public void ReadResult_LatenciesInMilliseconds_TakesTheDoneLinesMicrosecondsNotTheReportsRoundedFigures()
    {
        // The report says "99%   71.95ms" and "264 requests in 3.08s".
        var round = Wrk.ReadResult(Output("milliseconds.txt"), expectedStatus: 200).ShouldNotBeNull();

        round.Answers.ShouldBe(264);
        round.Duration.ShouldBe(TimeSpan.FromMicroseconds(3_075_315));
        round.RequestsPerSecond.ShouldBe(264 / 3.075315, tolerance: 1e-9);
        round.P50.ShouldBe(TimeSpan.FromMicroseconds(44_070));
        round.P99.ShouldBe(TimeSpan.FromMicroseconds(71_949));
        round.ConnectionErrors.ShouldBe(0);
        round.Wrong.ShouldBe(0);
    }

    [Fact]
    public void ReadResult_LatenciesInSeconds_P99IsOverASecond()
    {
        // The report says "99%    1.26s".
        var round = Wrk.ReadResult(Output("seconds.txt"), expectedStatus: 200).ShouldNotBeNull();

        round.P50.ShouldBe(TimeSpan.FromMicroseconds(443_985));
        round.P99.ShouldBe(TimeSpan.FromSeconds(1.255858));
    }

    [Fact]
    public void ReadResult_ReadErrorsAndNon2xxInMicroseconds_SocketErrorsAreConnectionErrorsAndStatusErrorsAreWrong()
    {
        // "Socket errors: connect 0, read 5563, write 0, timeout 0" and "Non-2xx or 3xx responses: 50085"; "50%   50.00us".
        var round = Wrk.ReadResult(Output("microseconds-read-errors-and-non-2xx.txt"), expectedStatus: 200).ShouldNotBeNull();

        round.Answers.ShouldBe(271_990);
        round.ConnectionErrors.ShouldBe(5_563);
        round.Wrong.ShouldBe(50_085);
        round.P50.ShouldBe(TimeSpan.FromMicroseconds(50));
        round.P99.ShouldBe(TimeSpan.FromMicroseconds(2_827));
    }

    [Fact]
    public void ReadResult_Timeouts_CountAsConnectionErrors()
    {
        // "Socket errors: connect 0, read 0, write 0, timeout 6" and "Non-2xx or 3xx responses: 78".
        var round = Wrk.ReadResult(Output("timeouts-and-non-2xx.txt"), expectedStatus: 200).ShouldNotBeNull();

        round.ConnectionErrors.ShouldBe(6);
        round.Wrong.ShouldBe(78);
    }

    [Fact]
    public void ReadResult_ExpectedAnError_TheAnswersBelow400AreTheWrongOnes()
    {
        // wrk counts only answers of 400 and above: for the natural error those are the right ones.
        var round = Wrk.ReadResult(Output("timeouts-and-non-2xx.txt"), expectedStatus: 400).ShouldNotBeNull();

        round.Answers.ShouldBe(228);
        round.Wrong.ShouldBe(228 - 78);
    }

    [Fact]
    public void ReadResult_NoDoneLine_IsNull()
    {
        Wrk.ReadResult(Output("connection-refused.txt"), expectedStatus: 200).ShouldBeNull();
        Wrk.ReadResult(WithoutDoneLine(Output("milliseconds.txt")), expectedStatus: 200).ShouldBeNull();
    }

    [Fact]
    public void ReadResult_DoneLineCutShort_IsNullRatherThanZeros()
    {
        var output = Output("milliseconds.txt");
        var cut = output[..output.IndexOf(" p99_us=", StringComparison.Ordinal)] + "\n";

        Wrk.ReadResult(cut, expectedStatus: 200).ShouldBeNull();
    }

    [Fact]
    public void WriteScript_DoneLineAsLuaFormatsIt_ReadsBack()
    {
        var requests = new BenchmarkRequests(ApiSpecification.Load(RepositoryLayout.Find(AppContext.BaseDirectory).SpecFile));
        var directory = Directory.CreateTempSubdirectory("lancens-bench-tests-").FullName;
        try
        {
            var script = File.ReadAllText(Wrk.WriteScript(requests.Register.Fill(new LoginSession("user", "password", "token")), directory, "register"));

            // What string.format prints for the script's format string, with each %.0f in turn the next of these values.
            var format = Regex.Match(script, "\"(lancens-bench [^\"]*)\\\\n\"").Groups[1].Value;
            long[] values = [1000, 2_000_000, 1, 2, 3, 4, 5, 300, 900];
            var index = 0;
            var printed = Regex.Replace(format, "%\\.0f", _ => values[index++].ToString(System.Globalization.CultureInfo.InvariantCulture));
            var round = Wrk.ReadResult($"  Latency Distribution\n{printed}\n", expectedStatus: 200).ShouldNotBeNull();

            index.ShouldBe(values.Length);
            round.ShouldBe(new Measuring.RoundResult(
                1000, TimeSpan.FromSeconds(2), ConnectionErrors: 1 + 2 + 3 + 4, Wrong: 5, TimeSpan.FromMicroseconds(300), TimeSpan.FromMicroseconds(900)));
            script.ShouldContain("wrk.body = [==[");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Output(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "WrkOutputs", name));

    private static string WithoutDoneLine(string output) =>
        string.Join('\n', output.Split('\n').Where(line => !line.StartsWith("lancens-bench ", StringComparison.Ordinal)));
}
