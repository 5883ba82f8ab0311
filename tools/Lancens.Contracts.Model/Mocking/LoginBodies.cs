using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Lancens.Contracts.Model.Mocking;

/// <summary>
/// The body a mock answers a login with: every property the login answer's schema lists, the token and the user id as
/// given, each other volatile value made anew (<c>x-lancens-volatile</c>): a random string as long as the example's, an
/// expiry by its rule (<c>x-lancens-expiry</c>) from now; the rest as the example has it.
/// </summary>
public static class LoginBodies
{
    /// <param name="success">The login operation's success answer.</param>
    /// <param name="userId">The account's user id; null keeps the example's.</param>
    public static JsonObject Create(ApiSpecification spec, DocumentedAnswer success, long? userId, string token, DateTimeOffset now)
    {
        var schema = success.Response.Schema;
        var example = JsonNode.Parse(success.Example.Json)?.AsObject() ?? [];
        var body = new JsonObject();
        foreach (var name in schema.PropertyNames)
        {
            body[name] = schema.SessionProperties.GetValueOrDefault(name) switch
            {
                SessionPart.UserId when userId is { } id => id,
                SessionPart.Token => token,
                _ => schema.VolatileProperties.TryGetValue(name, out var kind)
                    ? Volatile(spec, kind, example[name], schema.Expiries.GetValueOrDefault(name), now)
                    : example[name]?.DeepClone(),
            };
        }

        return body;
    }

    /// <summary>A new login token: random lower-case hex as long as the spec's example token.</summary>
    public static string NewToken(ApiSpecification spec) => NewRandom(spec.LoginAnswer.ExampleToken.Length);

    /// <summary>A random lower-case hex string, like the spec's example tokens.</summary>
    public static string NewRandom(int length) => RandomNumberGenerator.GetHexString(length, lowercase: true);

    private static JsonNode? Volatile(ApiSpecification spec, VolatileValue kind, JsonNode? example, ExpiryRule? rule, DateTimeOffset now) => kind switch
    {
        VolatileValue.Expiry when rule is not null => rule.ValueAt(now),
        VolatileValue.Random => NewRandom(example?.GetValue<string>().Length ?? spec.LoginAnswer.ExampleToken.Length),
        _ => example?.DeepClone(),
    };
}
