using System.Text.Json;

namespace Lancens.Contracts.Model;

/// <summary>
/// What a login answers, as the spec marks it (<c>x-lancens-session</c> on the login success schema): the property that
/// carries the new token, the one that carries the user id, the values the spec's example gives them, and when the token
/// expires (the login answer's one <c>x-lancens-expiry</c> property).
/// </summary>
/// <param name="UserIdProperty">Null when the login answer carries no user id.</param>
/// <param name="ExampleUserId">The example's user id; null when it gives none.</param>
/// <param name="TokenExpiry">What the answer's expiry means; null when the login answer carries none (the token never expires).</param>
public sealed record LoginAnswer(string TokenProperty, string? UserIdProperty, string ExampleToken, long? ExampleUserId, ExpiryRule? TokenExpiry)
{
    /// <summary>The token and user id a login answer's body carries; null when it carries no token (not a login answer).</summary>
    public LoginValues? Read(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty(TokenProperty, out var token) || token.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            long? userId = UserIdProperty is not null && root.TryGetProperty(UserIdProperty, out var id)
                && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var value) ? value : null;
            return new LoginValues(token.GetString()!, userId);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The session values one login answered.</summary>
public sealed record LoginValues(string Token, long? UserId)
{
    // The token is a secret: a record would print it.
    public override string ToString() => $"LoginValues {{ Token = ***, UserId = {UserId} }}";
}
