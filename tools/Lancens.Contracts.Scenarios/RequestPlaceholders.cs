using System.Text.Json;

namespace Lancens.Contracts.Scenarios;

/// <summary>
/// Requests name the session's values as <c>{{token}}</c>, <c>{{username}}</c> and <c>{{password}}</c>, the
/// variable syntax of the REST Client and JetBrains HTTP files, so one request serves the QA catalog as
/// written and a test run once the values are filled in.
/// </summary>
public static class RequestPlaceholders
{
    public const string Token = "{{token}}";
    public const string Username = "{{username}}";
    public const string Password = "{{password}}";

    public static string For(Model.SessionPart part) => part switch
    {
        Model.SessionPart.Username => Username,
        Model.SessionPart.Password => Password,
        Model.SessionPart.Token => Token,
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "not a session value"),
    };

    public static string Fill(string text, LoginSession session) =>
        text.Replace(Token, session.Token, StringComparison.Ordinal)
            .Replace(Username, session.Username, StringComparison.Ordinal)
            .Replace(Password, session.Password, StringComparison.Ordinal);

    /// <summary>Fills a JSON body: placeholders stand inside JSON strings, so values are escaped for them.</summary>
    public static string FillJson(string json, LoginSession session) =>
        json.Replace(Token, Escaped(session.Token), StringComparison.Ordinal)
            .Replace(Username, Escaped(session.Username), StringComparison.Ordinal)
            .Replace(Password, Escaped(session.Password), StringComparison.Ordinal);

    private static string Escaped(string value) => JsonSerializer.Serialize(value)[1..^1];
}
