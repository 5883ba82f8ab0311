using Newtonsoft.Json;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Lancens.Contracts.Model;

/// <summary>A response's JSON schema, kept behind a validation method so NJsonSchema stays inside the model.</summary>
public sealed class ResponseBodySchema
{
    private readonly JsonSchema _schema;

    internal ResponseBodySchema(
        string name,
        JsonSchema schema,
        IReadOnlyDictionary<string, VolatileValue> volatileProperties,
        IReadOnlyDictionary<string, SessionPart> sessionProperties,
        IReadOnlyDictionary<string, ExpiryRule> expiries)
    {
        Name = name;
        _schema = schema;
        VolatileProperties = volatileProperties;
        SessionProperties = sessionProperties;
        Expiries = expiries;
    }

    /// <summary>The component name of the schema, e.g. <c>ErrorMessage</c>.</summary>
    public string Name { get; }

    /// <summary>The schema's top-level properties, in the order it lists them.</summary>
    public IReadOnlyList<string> PropertyNames => [.. _schema.ActualSchema.ActualProperties.Keys];

    /// <summary>The names of the properties the schema requires.</summary>
    public IReadOnlyCollection<string> RequiredProperties => [.. _schema.ActualSchema.RequiredProperties];

    /// <summary>The top-level properties whose values change between calls.</summary>
    public IReadOnlyDictionary<string, VolatileValue> VolatileProperties { get; }

    /// <summary>The top-level properties that carry a session value (<c>x-lancens-session</c>), e.g. the login token.</summary>
    public IReadOnlyDictionary<string, SessionPart> SessionProperties { get; }

    /// <summary>What each expiry property means (<c>x-lancens-expiry</c>), e.g. the login token's <c>time</c>.</summary>
    public IReadOnlyDictionary<string, ExpiryRule> Expiries { get; }

    /// <summary>Every way <paramref name="json"/> breaks the schema; empty when it is valid.</summary>
    public IReadOnlyList<string> Validate(string json)
    {
        try
        {
            return [.. _schema.ActualSchema.Validate(json).SelectMany(Describe)];
        }
        catch (JsonException exception)
        {
            return [$"the body is not JSON ({exception.Message})"];
        }
    }

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
