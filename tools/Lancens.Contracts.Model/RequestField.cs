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

    public long? DefaultValue { get; init; }

    /// <summary>Which session value the field carries (<c>x-lancens-session</c>).</summary>
    public SessionValue Session { get; init; } = SessionValue.None;

    public bool HasLengthRule => MinLength is not null || MaxLength is not null;
}

public enum FieldType
{
    String,
    Integer,
}

public enum SessionValue
{
    None,
    Username,
    Password,
    Token,
}
