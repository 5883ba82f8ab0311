using System.Text.Json;

namespace Lancens.Contracts.Model;

public sealed record RequestField
{
    public required string Name { get; init; }
    public required FieldType Type { get; init; }
    public required bool Required { get; init; }
    public required string Description { get; init; }

    /// <summary>Length rule in Unicode characters, for strings.</summary>
    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>The only values allowed, for integers with an enum; empty when any value is.</summary>
    public IReadOnlyList<long> AllowedValues { get; init; } = [];

    /// <summary>The value the host assumes when the field is absent (the schema's <c>default</c>).</summary>
    public JsonElement? Default { get; init; }

    /// <summary>
    /// The <see cref="Default"/> only stands in for one the host keeps but no document gives (<c>x-lancens-default-stands-in</c>):
    /// mocks answer it, checks of a host accept any value of the field's type (for a string, any but the empty one: the
    /// host keeps a value of its own).
    /// </summary>
    public bool DefaultStandsIn { get; init; }

    /// <summary>The schema's <c>example</c>: what a real client sends, and the model for made-up values.</summary>
    public JsonElement? Example { get; init; }

    /// <summary>Which part of the login session the field carries (<c>x-lancens-session</c>).</summary>
    public SessionPart Session { get; init; } = SessionPart.None;

    public bool HasLengthRule => MinLength is not null || MaxLength is not null;

    /// <summary>Whether a string keeps the field's length rule.</summary>
    public bool FitsLength(string value)
    {
        var length = LengthOf(value);
        return length >= (MinLength ?? 0) && length <= (MaxLength ?? int.MaxValue);
    }

    /// <summary>Whether a JSON value has the field's type: a string, or an integer that fits 64 bits.</summary>
    public bool HasTypeOf(JsonElement value) => Type == FieldType.String ? value.ValueKind == JsonValueKind.String : IsInteger(value);

    /// <summary>Whether a JSON value is an integer that fits 64 bits, as the spec's <c>int64</c> fields are.</summary>
    public static bool IsInteger(JsonElement value) => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _);

    /// <summary>A length as the spec counts it: Unicode code points (the assumption length-unit), not UTF-16 units or bytes.</summary>
    public static int LengthOf(string value) => value.EnumerateRunes().Count();

    public override string ToString() => Name;
}

public enum FieldType
{
    String,
    Integer,
}
