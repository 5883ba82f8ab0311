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
/// tokens and the length checks judge it as they judged the original; a user id gets a stand-in number. A body that
/// should carry secrets but cannot be read as a JSON object is replaced whole: its secrets cannot be told apart.
/// </summary>
/// <param name="capacity">
/// How many secrets, and apart from them how many user ids, the mask remembers: memory stays bounded. When full it
/// forgets the one least recently seen (in a masked field or in free text), and only that one: a secret seen again
/// within the last <paramref name="capacity"/> secrets keeps its placeholder and stays scrubbed from free text; one
/// forgotten gets a new placeholder if it comes back in a masked field, and is not scrubbed from free text till then.
/// </param>
internal sealed class SecretMask(ApiSpecification spec, int capacity = 4096)
{
    // Shorter values would mask ordinary text; no real credential or token is that short.
    private const int ScrubbedLength = 4;

    // HTTP's own credentials, whatever the API: they are masked whole.
    private static readonly string[] CredentialHeaders = ["Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", MockControl.AdminKeyHeader];

    private readonly RecentMap<string, string> _placeholders = new(capacity, StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);
    private readonly RecentMap<long, long> _userIds = new(capacity);
    private long _userIdCount;
    private readonly Lock _gate = new();

    /// <summary>The placeholder of a secret (made on first sight), as many characters long as it.</summary>
    public string Placeholder(string secret, string kind)
    {
        lock (_gate)
        {
            if (_placeholders.TryGet(secret, out var known))
            {
                return known;
            }

            var number = _counters[kind] = _counters.GetValueOrDefault(kind) + 1;
            // The longest tag that fits, so short values of one kind stay told apart (<username1>, <u1>, 1).
            var length = RequestField.LengthOf(secret);
            var tag = new[] { $"<{kind}{number}>", $"<{kind[0]}{number}>", $"{number}" }.FirstOrDefault(candidate => candidate.Length <= length) ?? string.Empty;
            var placeholder = tag + new string('*', length - tag.Length);
            _placeholders.Add(secret, placeholder);
            return placeholder;
        }
    }

    /// <summary>A user id's stand-in: the same number for the same id while the mask remembers it, never the id.</summary>
    public long UserId(long id)
    {
        lock (_gate)
        {
            if (_userIds.TryGet(id, out var known))
            {
                return known;
            }

            var standIn = 1_000_000 + ++_userIdCount;
            _userIds.Add(id, standIn);
            return standIn;
        }
    }

    /// <summary>Every secret the mask remembers replaced in free text (a URL, a header, a message, a body of no secrets).</summary>
    public string Scrub(string text)
    {
        lock (_gate)
        {
            // The longest first, so a secret inside another does not leave the rest of the longer one behind.
            var found = _placeholders.Entries
                .Where(entry => entry.Key.Length >= ScrubbedLength && text.Contains(entry.Key, StringComparison.Ordinal))
                .OrderByDescending(entry => entry.Key.Length)
                .ToList();
            foreach (var (secret, placeholder) in found)
            {
                text = text.Replace(secret, placeholder, StringComparison.Ordinal);
                _placeholders.TryGet(secret, out _);
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

    /// <summary>
    /// A request body of <paramref name="operation"/> with its session fields masked (the whole body when it is no JSON
    /// object: a broken login still carries a password no one saw before); any other text scrubbed.
    /// </summary>
    public string RequestBody(ApiOperation? operation, byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        var fields = operation?.Body?.Fields.Where(field => field.Session is not SessionPart.None).ToDictionary(field => field.Name, field => SpecWords.Of(field.Session));
        return fields is { Count: > 0 } ? Masked(text, fields) ?? Unreadable(body) : Scrub(text);
    }

    /// <summary>An answer body with the session and random properties of its schema masked (the whole body when it is no JSON object); any other text scrubbed.</summary>
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

        return fields.Count > 0 ? Masked(text, fields) ?? Unreadable(body) : Scrub(text);
    }

    /// <summary>What stands for a body that should carry secrets but cannot be read: only its length.</summary>
    public static string Unreadable(byte[] body) => $"<unreadable body: {body.Length} bytes>";

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

    // The marked top-level properties of a JSON object replaced, learning their values, anything else scrubbed; null
    // when the text is no JSON object (or one with a property twice), whose secrets cannot be found.
    private string? Masked(string text, Dictionary<string, string> fields)
    {
        JsonObject body;
        try
        {
            if (JsonNode.Parse(text) is not JsonObject parsed)
            {
                return null;
            }

            // Reads every property, so a name given twice throws here rather than later.
            _ = parsed.Count;
            body = parsed;
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
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
