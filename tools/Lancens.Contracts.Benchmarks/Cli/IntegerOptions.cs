using System.Globalization;

namespace Lancens.Contracts.Benchmarks.Cli;

/// <summary>Reads <c>--name value</c> pairs of whole numbers; every name must be known and every value at least its minimum.</summary>
internal static class IntegerOptions
{
    public static bool TryRead(
        IReadOnlyList<string> args, IReadOnlyDictionary<string, int> minimums, out Dictionary<string, int> values, out string problem)
    {
        values = new Dictionary<string, int>(StringComparer.Ordinal);
        problem = "";
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (!minimums.TryGetValue(name, out var minimum))
            {
                problem = $"Unknown option {name}.";
                return false;
            }

            if (i + 1 >= args.Count)
            {
                problem = $"{name} needs a value.";
                return false;
            }

            if (!int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                problem = $"{name} needs a whole number, not '{args[i + 1]}'.";
                return false;
            }

            if (value < minimum)
            {
                problem = $"{name} must be at least {minimum}.";
                return false;
            }

            values[name] = value;
        }

        return true;
    }

    public static bool AsksForHelp(IReadOnlyList<string> args) => args.Any(arg => arg is "-h" or "--help" or "-?");
}
