namespace Lancens.Contracts.Benchmarks.Load;

/// <summary>What one virtual user saw in one run; each user writes only its own, so counting takes no lock.</summary>
internal sealed class UserTally
{
    // The first few problems of each kind, to say what went wrong.
    private const int KeptSamples = 3;

    public List<int> LatenciesMicroseconds { get; } = new(64 * 1024);

    public long ConnectionErrors { get; private set; }

    /// <summary>Documented answers that are not what the step expects (another status, another account's or no record).</summary>
    public long Wrong { get; private set; }

    /// <summary>Answers the spec does not document for the operation: status, media type or schema.</summary>
    public long Undocumented { get; private set; }

    /// <summary>Query answers that carry another virtual user's push token or user id.</summary>
    public long Leaks { get; private set; }

    public long Cycles { get; private set; }

    public List<string> Samples { get; } = [];

    public void Answered(TimeSpan latency) => LatenciesMicroseconds.Add((int)Math.Min(int.MaxValue, latency.Ticks / TimeSpan.TicksPerMicrosecond));

    public void ConnectionError(string what) => Sample(++ConnectionErrors, $"connection error: {what}");

    public void WrongAnswer(string what) => Sample(++Wrong, $"wrong answer: {what}");

    public void UndocumentedAnswer(string what) => Sample(++Undocumented, $"undocumented answer: {what}");

    public void Leak(string what) => Sample(++Leaks, $"leak: {what}");

    public void CycleDone() => Cycles++;

    private void Sample(long count, string what)
    {
        if (count <= KeptSamples)
        {
            Samples.Add(what);
        }
    }
}
