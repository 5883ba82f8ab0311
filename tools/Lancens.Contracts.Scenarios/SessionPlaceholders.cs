using System.Text.Json;

namespace Lancens.Contracts.Scenarios;

/// <summary>
/// Requests name the session's values as <c>{{token}}</c>, <c>{{username}}</c> and <c>{{password}}</c>, the
/// variable syntax of the REST Client and JetBrains HTTP files, so one request serves the QA catalog as
/// written and a test run once the values are filled in.
/// </summary>
public static class SessionPlaceholders
{
    public const string Token = "{{token}}";
    public const string Username = "{{username}}";
    public const string Password = "{{password}}";

    public static string Fill(string text, SessionValues values) =>
        text.Replace(Token, values.Token, StringComparison.Ordinal)
            .Replace(Username, values.Username, StringComparison.Ordinal)
            .Replace(Password, values.Password, StringComparison.Ordinal);

    /// <summary>Fills a JSON body: placeholders stand inside JSON strings, so values are escaped for them.</summary>
    public static string FillJson(string json, SessionValues values) =>
        json.Replace(Token, Escaped(values.Token), StringComparison.Ordinal)
            .Replace(Username, Escaped(values.Username), StringComparison.Ordinal)
            .Replace(Password, Escaped(values.Password), StringComparison.Ordinal);

    private static string Escaped(string value) => JsonSerializer.Serialize(value)[1..^1];
}

/// <summary>The logged-in account and its token; secrets, never to be printed.</summary>
public sealed record SessionValues(string Username, string Password, string Token)
{
    public override string ToString() => "SessionValues { *** }";
}
