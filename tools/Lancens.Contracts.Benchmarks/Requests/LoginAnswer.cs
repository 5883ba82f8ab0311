using System.Text.Json;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Benchmarks.Requests;

/// <summary>Reads a login answer through the model: the properties marked as the session's token and user id.</summary>
internal static class LoginAnswer
{
    /// <returns>Null when the body carries no token.</returns>
    public static LoginSession? Session(ApiOperation login, Account account, string body)
    {
        var schema = login.Success.Schema;
        var tokenProperty = Property(schema, SessionPart.Token);
        var idProperty = Property(schema, SessionPart.UserId);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || tokenProperty is null
                || !root.TryGetProperty(tokenProperty, out var token) || token.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            long? userId = idProperty is not null && root.TryGetProperty(idProperty, out var id) && id.TryGetInt64(out var value) ? value : null;
            return new LoginSession(account.Username, account.Password, token.GetString()!, userId);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Property(ResponseBodySchema schema, SessionPart part) =>
        schema.SessionProperties.FirstOrDefault(pair => pair.Value == part).Key;
}
