using System.Text.Json;

namespace Lancens.Contracts.Model.Loading;

/// <summary>Finds, once, which properties of the login answer carry the session, and the spec example's values of them.</summary>
internal static class LoginAnswerReader
{
    public static LoginAnswer Read(IReadOnlyList<ApiOperation> operations)
    {
        var logins = operations.Where(operation => operation.Effect.Action == EffectAction.Login).ToList();
        if (logins.Count != 1)
        {
            throw new SpecificationProblem($"the spec needs exactly one operation with x-lancens-effect login, found {logins.Count}");
        }

        var success = logins[0].SuccessAnswer;
        var schema = success.Response.Schema;
        var tokens = schema.SessionProperties.Where(pair => pair.Value == SessionPart.Token).Select(pair => pair.Key).ToList();
        if (tokens.Count != 1)
        {
            throw new SpecificationProblem($"operation {logins[0].Id}: its success schema must mark exactly one property x-lancens-session: token, found {tokens.Count}");
        }

        using var example = JsonDocument.Parse(success.Example.Json);
        var root = example.RootElement;
        var exampleToken = root.ValueKind == JsonValueKind.Object && root.TryGetProperty(tokens[0], out var token) && token.ValueKind == JsonValueKind.String
            ? token.GetString()!
            : throw new SpecificationProblem($"operation {logins[0].Id}: its success example '{success.Example.Name}' needs a string {tokens[0]}");
        var userIdProperty = schema.PropertyFor(SessionPart.UserId);
        long? exampleUserId = userIdProperty is not null && root.TryGetProperty(userIdProperty, out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var value) ? value : null;
        if (schema.Expiries.Count > 1)
        {
            throw new SpecificationProblem($"operation {logins[0].Id}: its success schema has {schema.Expiries.Count} x-lancens-expiry properties; the token has one expiry");
        }

        return new LoginAnswer(tokens[0], userIdProperty, exampleToken, exampleUserId, schema.Expiries.Values.SingleOrDefault());
    }
}
