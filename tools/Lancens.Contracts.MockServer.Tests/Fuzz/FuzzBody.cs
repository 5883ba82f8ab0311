using System.Text;
using System.Text.Json.Nodes;
using Bogus;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Fuzz;

/// <summary>A fuzzed body: its bytes and Content-Type, and whether it is certainly (not) a JSON object the spec's checks read.</summary>
/// <param name="IsObject">True for a JSON object within the size limit, false for anything that is certainly not one, null when unsure.</param>
internal sealed record FuzzBody(string Kind, byte[]? Bytes, string? ContentType, bool? IsObject)
{
    private static readonly string[] JsonTypes = [MediaTypes.Json, MediaTypes.Json + "; charset=UTF-8", MediaTypes.Json + "; charset=latin1"];
    private static readonly string?[] OtherTypes = [null, "application/x-www-form-urlencoded", "application/octet-stream", "text/plain", "multipart/form-data; boundary=x", "garbage", "application/json; charset=nonsense"];

    /// <summary>Any kind of body, for any request; <paramref name="fields"/> are those of the body schema the request aims at.</summary>
    public static FuzzBody Any(Randomizer random, IReadOnlyList<RequestField> fields, int maxBodyBytes, string? username, string? password)
    {
        var kind = random.WeightedRandom(
            ["none", "object", "truncated", "binary", "huge", "deep", "form", "not an object", "two values", "empty", "lone surrogate"],
            [0.10f, 0.34f, 0.09f, 0.08f, 0.06f, 0.06f, 0.07f, 0.07f, 0.04f, 0.05f, 0.04f]);
        var json = random.ArrayElement(JsonTypes);
        return kind switch
        {
            "none" => new(kind, null, null, false),
            "object" => new(kind, Encoding.UTF8.GetBytes(Object(random, fields, username, password).ToJsonString()), random.Bool(0.85f) ? json : random.ArrayElement(OtherTypes), true),
            "truncated" => Truncated(random, fields, json),
            "binary" => new(kind, random.Bytes(random.Int(1, 4096)), random.Bool() ? "application/octet-stream" : json, false),
            "huge" => Huge(random, fields, maxBodyBytes, json),
            "deep" => Deep(random, json),
            "form" => new(kind, Encoding.ASCII.GetBytes(random.ArrayElement(FormBodies)), "application/x-www-form-urlencoded", false),
            "not an object" => new(kind, Encoding.UTF8.GetBytes(random.ArrayElement(NotObjects)), json, false),
            "two values" => new(kind, Encoding.UTF8.GetBytes(random.ArrayElement(TwoValues)), json, false),
            "empty" => new(kind, [], json, false),
            _ => LoneSurrogate(random, fields, json),
        };
    }

    private static readonly string[] FormBodies =
    [
        "push_token=%zz&language=%C0%AF",
        "username=%00&password=%",
        "a=%2&b=%%%&c=%C0%AF%C0%AF&d=%E4%B8",
        "token=%ff%fe%00&username=%zzz",
    ];

    private static readonly string[] NotObjects = ["[]", "[{\"push_token\":\"a\"}]", "\"text\"", "42", "-0.5e99", "null", "true", "false", " \r\n\t "];

    private static readonly string[] TwoValues = ["{}{}", "{\"a\":1} x", "{} []", "{\"push_token\":\"a\",\"language\":\"en\"}}", "{\"a\":1},"];

    // A JSON object over the schema's fields: each field left out, right, of another type, null, empty, too long or
    // unicode, so every natural check gets its turn; the live account's credentials now and then, so logins succeed.
    private static JsonObject Object(Randomizer random, IReadOnlyList<RequestField> fields, string? username, string? password)
    {
        var body = new JsonObject();
        foreach (var field in fields)
        {
            var value = random.WeightedRandom(["omit", "right", "other type", "null", "empty", "too long", "unicode"], [0.12f, 0.55f, 0.09f, 0.06f, 0.06f, 0.06f, 0.06f]);
            if (value == "omit")
            {
                continue;
            }

            body[field.Name] = value switch
            {
                "right" => Right(random, field, username, password),
                "other type" => field.Type == FieldType.String ? random.Bool() ? JsonValue.Create(random.Int()) : new JsonArray() : JsonValue.Create(random.AlphaNumeric(3)),
                "null" => null,
                "empty" => JsonValue.Create(string.Empty),
                "too long" => JsonValue.Create(new string('x', (field.MaxLength ?? 64) + random.Int(1, 200))),
                _ => JsonValue.Create(random.ArrayElement(["推送令牌", "😀🔔", "Ωmega", "\u0000\u001b", "زبان", "e\u0301"]) + random.AlphaNumeric(random.Int(0, 8))),
            };
        }

        if (random.Bool(0.2f))
        {
            body["unlisted_" + random.AlphaNumeric(4)] = random.Bool() ? JsonValue.Create(random.Word()) : new JsonObject { ["nested"] = new JsonArray(1, 2) };
        }

        return body;
    }

    private static JsonNode? Right(Randomizer random, RequestField field, string? username, string? password) => field switch
    {
        { Session: SessionPart.Username } when username is not null && random.Bool(0.5f) => JsonValue.Create(username),
        { Session: SessionPart.Password } when password is not null && random.Bool(0.5f) => JsonValue.Create(password),
        { Type: FieldType.Integer, AllowedValues.Count: > 0 } => random.Bool(0.8f) ? JsonValue.Create(random.ArrayElement(field.AllowedValues.ToArray())) : JsonValue.Create(random.Int(-5, 5)),
        { Type: FieldType.Integer } => JsonValue.Create(random.Long(-1_000_000, 1_000_000)),
        _ => JsonValue.Create(Support.FieldValues.Fitting(field, random.AlphaNumeric(random.Int(1, 40)))),
    };

    private static FuzzBody Truncated(Randomizer random, IReadOnlyList<RequestField> fields, string contentType)
    {
        var whole = Encoding.UTF8.GetBytes(Object(random, fields, null, null).ToJsonString());
        return new("truncated", whole[..random.Int(1, Math.Max(1, whole.Length - 1))], contentType, false);
    }

    // A valid object padded past the spec's limit with a field no one reads: too large, whatever it says.
    private static FuzzBody Huge(Randomizer random, IReadOnlyList<RequestField> fields, int maxBodyBytes, string contentType)
    {
        var body = Object(random, fields, null, null);
        body["padding"] = new string('p', maxBodyBytes + random.Int(1, 3 * maxBodyBytes));
        return new("huge", Encoding.UTF8.GetBytes(body.ToJsonString()), contentType, false);
    }

    // Deeper than JSON readers go by default (64): arrays, which are no object however deep, or objects, which are
    // objects by the grammar and fail only on a reader's depth limit, an engine's choice the spec does not make.
    private static FuzzBody Deep(Randomizer random, string contentType)
    {
        var depth = random.Int(65, 10_000);
        return random.Bool()
            ? new("deep", Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth)), contentType, false)
            : new("deep", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)), contentType, null);
    }

    // Valid JSON grammar, but a string escape that is no Unicode text: no check can read the field.
    private static FuzzBody LoneSurrogate(Randomizer random, IReadOnlyList<RequestField> fields, string contentType)
    {
        var body = Object(random, fields, null, null).ToJsonString();
        var field = fields.Count == 0 ? "a" : random.ArrayElement(fields.ToArray()).Name;
        var text = body == "{}" ? $"{{\"{field}\":\"\\udc00\"}}" : $"{{\"{field}\":\"x\\ud800y\",{body[1..]}";
        return new("lone surrogate", Encoding.UTF8.GetBytes(text), contentType, false);
    }
}
