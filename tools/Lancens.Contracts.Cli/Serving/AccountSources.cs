using Lancens.Contracts.MockServer;

namespace Lancens.Contracts.Cli.Serving;

/// <summary>
/// The accounts <c>serve</c> lets log in, from where passwords stay out of <c>ps</c>: a file (<c>--accounts FILE</c>, one
/// USER:PASSWORD a line, # for comments) or the environment variable <see cref="Variable"/> (the same lines), and from
/// <c>--account</c> for throwaway ones. No message ever repeats a line, which holds a password.
/// </summary>
internal static class AccountSources
{
    public const string Variable = "LANCENS_ACCOUNTS";

    /// <exception cref="FormatException">A line or option is not USER:PASSWORD, or the file cannot be read; the message names where, never what.</exception>
    public static IReadOnlyList<MockAccount> Read(IEnumerable<string> options, string? file, string? environment)
    {
        var accounts = new List<MockAccount>();
        var index = 0;
        foreach (var option in options)
        {
            index++;
            accounts.Add(Parse(option, $"--account number {index}"));
        }

        if (file is not null)
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new FormatException($"--accounts {file}: {exception.Message}");
            }

            accounts.AddRange(Lines(lines, $"--accounts {file}"));
        }

        if (!string.IsNullOrWhiteSpace(environment))
        {
            accounts.AddRange(Lines(environment.Split('\n'), Variable));
        }

        var duplicate = accounts.GroupBy(account => account.Username, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        return duplicate is null ? accounts : throw new FormatException($"The account {duplicate.Key} is given twice.");
    }

    private static IEnumerable<MockAccount> Lines(IEnumerable<string> lines, string source) =>
        lines.Select((line, number) => (Text: line.Trim(), Number: number + 1))
            .Where(line => line.Text.Length > 0 && !line.Text.StartsWith('#'))
            .Select(line => Parse(line.Text, $"{source}, line {line.Number}"));

    private static MockAccount Parse(string text, string where)
    {
        try
        {
            return MockAccount.Parse(text);
        }
        catch (FormatException exception)
        {
            throw new FormatException($"{where}: {exception.Message}");
        }
    }
}
