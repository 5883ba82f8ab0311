using System.Globalization;
using System.Text.RegularExpressions;

namespace Lancens.Contracts.Model.Mocking;

/// <summary>
/// How far to move a mock's clock, as people write it: a whole number with a unit, or several, e.g. <c>31d</c>,
/// <c>90m</c>, <c>1d12h</c>, <c>45s</c> (d days, h hours, m minutes, s seconds). The CLI, the admin endpoint and the
/// console read it here.
/// </summary>
public static partial class Duration
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = Pattern().Match(text?.Trim() ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        try
        {
            foreach (Capture part in match.Groups["part"].Captures)
            {
                var number = long.Parse(part.Value[..^1], NumberStyles.None, CultureInfo.InvariantCulture);
                duration += part.Value[^1] switch
                {
                    'd' => TimeSpan.FromDays(number),
                    'h' => TimeSpan.FromHours(number),
                    'm' => TimeSpan.FromMinutes(number),
                    _ => TimeSpan.FromSeconds(number),
                };
            }
        }
        catch (Exception exception) when (exception is OverflowException or ArgumentOutOfRangeException)
        {
            return false;
        }

        return duration > TimeSpan.Zero;
    }

    /// <summary>The same way back, e.g. <c>31d</c> or <c>1d12h30m</c>; seconds shown only when there are some.</summary>
    public static string Format(TimeSpan duration)
    {
        var parts = new[] { (duration.Days, 'd'), (duration.Hours, 'h'), (duration.Minutes, 'm'), (duration.Seconds, 's') }
            .Where(part => part.Item1 != 0)
            .Select(part => $"{part.Item1.ToString(CultureInfo.InvariantCulture)}{part.Item2}");
        return duration <= TimeSpan.Zero ? "0s" : string.Concat(parts);
    }

    [GeneratedRegex("^(?<part>[0-9]{1,9}[dhms])+$")]
    private static partial Regex Pattern();
}
