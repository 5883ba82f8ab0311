using System.Globalization;
using System.Text.RegularExpressions;

namespace Lancens.Contracts.Model.Mocking;

/// <summary>
/// The first line <c>lancens serve</c> prints once the mock answers, e.g. <c>Ready in 0.52 s: http://127.0.0.1:8080/v1/api</c>:
/// written and read here, so scripts and tests that wait for it agree with what serve prints.
/// </summary>
public sealed partial record ReadyLine(TimeSpan Ready, Uri BaseUrl)
{
    public override string ToString() => $"Ready in {Ready.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s: {BaseUrl.AbsoluteUri.TrimEnd('/')}";

    /// <summary>The ready line among <paramref name="output"/>'s lines, or null when serve has not printed it (yet).</summary>
    public static ReadyLine? Find(string output)
    {
        var match = Pattern().Match(output);
        return match.Success && Uri.TryCreate(match.Groups["url"].Value, UriKind.Absolute, out var url)
            ? new ReadyLine(TimeSpan.FromSeconds(double.Parse(match.Groups["seconds"].Value, CultureInfo.InvariantCulture)), url)
            : null;
    }

    [GeneratedRegex(@"^Ready in (?<seconds>[0-9]+(\.[0-9]+)?) s: (?<url>https?://\S+)\r?$", RegexOptions.Multiline)]
    private static partial Regex Pattern();
}
