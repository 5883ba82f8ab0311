using Newtonsoft.Json;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Lancens.Contracts.Model;

/// <summary>
/// A response's JSON schema, kept behind a validation method so NJsonSchema stays inside the model. What mocks read of it
/// (the properties, their types and markers) is plain data, so a test can start a mock on a changed copy.
/// </summary>
public sealed record ResponseBodySchema
{
    // Validation is the slowest part of judging an answer, and most answers repeat word for word (each error, each
    // success message): their verdicts are kept, up to a bound, so only new bodies pay for it.
    private const int RememberedBodies = 2048;
    private const int RememberedBodyLength = 2048;

    private readonly JsonSchema _schema;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> _verdicts = new(StringComparer.Ordinal);

    internal ResponseBodySchema(string name, JsonSchema schema)
    {
        Name = name;
        _schema = schema;
        var actual = schema.ActualSchema;
        PropertyNames = [.. actual.ActualProperties.Keys];
        RequiredProperties = [.. actual.RequiredProperties];
        PropertyTypes = actual.ActualProperties
            .Where(pair => TypeOf(pair.Value.ActualTypeSchema.Type) is not null)
            .ToDictionary(pair => pair.Key, pair => TypeOf(pair.Value.ActualTypeSchema.Type)!.Value);
    }

    /// <summary>The component name of the schema, e.g. <c>ErrorMessage</c>.</summary>
    public string Name { get; init; }

    /// <summary>The schema's top-level properties, in the order it lists them.</summary>
    public IReadOnlyList<string> PropertyNames { get; init; }

    /// <summary>The names of the properties the schema requires.</summary>
    public IReadOnlyCollection<string> RequiredProperties { get; init; }

    /// <summary>The type of each top-level property that is a string or an integer.</summary>
    public IReadOnlyDictionary<string, FieldType> PropertyTypes { get; init; }

    /// <summary>The top-level properties whose values change between calls.</summary>
    public IReadOnlyDictionary<string, VolatileValue> VolatileProperties { get; init; } = new Dictionary<string, VolatileValue>();

    /// <summary>The top-level properties that carry a session value (<c>x-lancens-session</c>), e.g. the login token.</summary>
    public IReadOnlyDictionary<string, SessionPart> SessionProperties { get; init; } = new Dictionary<string, SessionPart>();

    /// <summary>What each expiry property means (<c>x-lancens-expiry</c>), e.g. the login token's <c>time</c>.</summary>
    public IReadOnlyDictionary<string, ExpiryRule> Expiries { get; init; } = new Dictionary<string, ExpiryRule>();

    /// <summary>The property that carries a session part (the token, the user id), or null when none does.</summary>
    public string? PropertyFor(SessionPart part) => SessionProperties.FirstOrDefault(pair => pair.Value == part).Key;

    /// <summary>Every way <paramref name="json"/> breaks the schema; empty when it is valid.</summary>
    public IReadOnlyList<string> Validate(string json)
    {
        if (_verdicts.TryGetValue(json, out var known))
        {
            return known;
        }

        IReadOnlyList<string> problems;
        try
        {
            problems = [.. _schema.ActualSchema.Validate(json).SelectMany(Describe)];
        }
        catch (JsonException exception)
        {
            problems = [$"the body is not JSON ({exception.Message})"];
        }

        if (json.Length <= RememberedBodyLength && _verdicts.Count < RememberedBodies)
        {
            _verdicts.TryAdd(json, problems);
        }

        return problems;
    }

    private static FieldType? TypeOf(JsonObjectType type) => type switch
    {
        JsonObjectType.String => FieldType.String,
        JsonObjectType.Integer => FieldType.Integer,
        _ => null,
    };

    private static IEnumerable<string> Describe(ValidationError error)
    {
        var here = $"{error.Kind} at {(string.IsNullOrEmpty(error.Path) ? "#" : error.Path)}";
        if (error is not ChildSchemaValidationError child)
        {
            return [here];
        }

        return child.Errors.SelectMany(pair => pair.Value).SelectMany(Describe).Prepend(here);
    }

    public override string ToString() => Name;
}
