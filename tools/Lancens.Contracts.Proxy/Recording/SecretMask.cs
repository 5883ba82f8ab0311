using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Proxy.Recording;

/// <summary>
/// Replaces every secret before anything leaves the proxy (console, admin endpoints, recording, report): the body
/// fields marked <c>x-lancens-session</c> (username, password, token), the answer properties marked so (the token,
/// the user id) or <c>x-lancens-volatile: random</c> (reflash_key), the token header and HTTP's own credential headers,
/// and, anywhere in a URL, a header or a body, every such value seen before. A value always gets the same
/// placeholder, as long as itself (<c>&lt;token1&gt;****</c>), so a recording still follows an account through its
/// tokens and the length checks judge it as they judged the original; a user id gets a stand-in number.
/// </summary>
internal sealed class SecretMask(ApiSpecification spec, int capacity = 4096)
{
    // Shorter values would mask ordinary text; no real credential or token is that short.
    private const int ScrubbedLength = 4;

    // HTTP's own credentials, whatever the API: they are masked whole.
    private static readonly string[] CredentialHeaders = ["Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", MockControl.AdminKeyHeader];

    private readonly Dictionary<string, string> _placeholders = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);
    private readonly Dictionary<long, long> _userIds = [];
    private long _userIdCount;
    private readonly Lock _gate = new();

    /// <summary>The placeholder of a secret (made on first sight), as many characters long as it.</summary>
    public string Placeholder(string secret, string kind)
    {
        lock (_gate)
        {
            if (_placeholders.TryGetValue(secret, out var known))
            {
                return known;
            }

            var number = _counters[kind] = _counters.GetValueOrDefault(kind) + 1;
            // The longest tag that fits, so short values of one kind stay told apart (<username1>, <u1>, 1).
            var length = RequestField.LengthOf(secret);
            var tag = new[] { $"<{kind}{number}>", $"<{kind[0]}{number}>", $"{number}" }.FirstOrDefault(candidate => candidate.Length <= length) ?? string.Empty;
            var placeholder = tag + new string('*', length - tag.Length);
            if (_placeholders.Count >= capacity && _order.TryDequeue(out var oldest))
            {
                _placeholders.Remove(oldest);
            }

            _order.Enqueue(secret);
            return _placeholders[secret] = placeholder;
        }
    }

    /// <summary>A user id's stand-in: the same number for the same id, never the id.</summary>
    public long UserId(long id)
    {
        lock (_gate)
        {
            if (_userIds.TryGetValue(id, out var known))
            {
                return known;
            }

            if (_userIds.Count >= capacity)
            {
                _userIds.Clear();
            }

            return _userIds[id] = 1_000_000 + ++_userIdCount;
        }
    }

    /// <summary>Every secret seen so far replaced in free text (a URL, a header, a message, a body that is no JSON).</summary>
    public string Scrub(string text)
    {
        lock (_gate)
        {
            foreach (var (secret, placeholder) in _placeholders)
            {
                if (secret.Length >= ScrubbedLength && text.Contains(secret, StringComparison.Ordinal))
                {
                    text = text.Replace(secret, placeholder, StringComparison.Ordinal);
                }
            }

            return text;
        }
    }

    /// <summary>A header's value as it may leave the proxy.</summary>
    public string Header(string name, string value)
    {
        if (string.Equals(name, spec.TokenHeader, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(value))
        {
            return Placeholder(value, SpecWords.Of(SessionPart.Token));
        }

        return CredentialHeaders.Any(credential => string.Equals(credential, name, StringComparison.OrdinalIgnoreCase)) ? Placeholder(value, "credential") : Scrub(value);
    }

    /// <summary>A request body of <paramref name="operation"/> with its session fields masked; any other text scrubbed.</summary>
    public string RequestBody(ApiOperation? operation, byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        var fields = operation?.Body?.Fields.Where(field => field.Session is not SessionPart.None).ToDictionary(field => field.Name, field => SpecWords.Of(field.Session));
        return fields is { Count: > 0 } ? Masked(text, fields) : Scrub(text);
    }

    /// <summary>An answer body with the session and random properties of its schema masked; any other text scrubbed.</summary>
    public string ResponseBody(ApiOperation? operation, int status, byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        var schema = operation?.Response(status)?.Schema;
        if (schema is null)
        {
            return Scrub(text);
        }

        var fields = schema.SessionProperties.ToDictionary(pair => pair.Key, pair => SpecWords.Of(pair.Value));
        foreach (var (name, kind) in schema.VolatileProperties)
        {
            if (kind == VolatileValue.Random)
            {
                fields.TryAdd(name, name);
            }
        }

        // A login answer's properties the schema does not list may be secrets under another name (a renamed refresh key).
        if (operation!.Effect.Action == EffectAction.Login && status == operation.Success.Status)
        {
            foreach (var name in UnlistedStrings(text, schema))
            {
                fields.TryAdd(name, name);
            }
        }

        return fields.Count > 0 ? Masked(text, fields) : Scrub(text);
    }

    private static IEnumerable<string> UnlistedStrings(string text, ResponseBodySchema schema)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject body
                ? [.. body.Where(pair => pair.Value is JsonValue value && value.GetValueKind() == JsonValueKind.String && !schema.PropertyNames.Contains(pair.Key)).Select(pair => pair.Key)]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    // The marked top-level properties of a JSON object replaced, learning their values; anything else scrubbed.
    private string Masked(string text, Dictionary<string, string> fields)
    {
        JsonObject? body;
        try
        {
            body = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            return Scrub(text);
        }

        foreach (var (name, kind) in fields)
        {
            if (!body.TryGetPropertyValue(name, out var value) || value is null)
            {
                continue;
            }

            body[name] = value switch
            {
                JsonValue text1 when text1.TryGetValue<string>(out var secret) => string.IsNullOrWhiteSpace(secret) ? secret : Placeholder(secret, kind),
                JsonValue number when number.TryGetValue<long>(out var id) && kind == SpecWords.Of(SessionPart.UserId) => UserId(id),
                JsonValue => 0,
                JsonArray => new JsonArray(),
                _ => new JsonObject(),
            };
        }

        return Scrub(body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
