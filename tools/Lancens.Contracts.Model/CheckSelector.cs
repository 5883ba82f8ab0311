namespace Lancens.Contracts.Model;

/// <summary>
/// One entry of an assumption's <c>verified-by</c>: filters over the contract suite's checks, all of which must match.
/// A null filter matches anything.
/// </summary>
public sealed record CheckSelector(CheckKind? Kind, ErrorCategory? Category, string? Field, string? Journey)
{
    public bool Matches(CheckFacets check) =>
        (Kind is null || Kind == check.Kind)
        && (Category is null || Category == check.Category)
        && (Field is null || Field == check.Field)
        && (Journey is null || Journey == check.Journey);

    public override string ToString() => string.Join(' ', new[]
    {
        Kind is { } kind ? $"kind={SpecWords.Of(kind)}" : null,
        Category is { } category ? $"category={SpecWords.Of(category)}" : null,
        Field is null ? null : $"field={Field}",
        Journey is null ? null : $"journey={Journey}",
    }.OfType<string>());
}

/// <summary>
/// What a check of the contract suite is, or what one exchange the proxy forwarded shows, in the terms
/// <c>verified-by</c> filters on.
/// </summary>
/// <param name="Operation">The operation a single-request check sends to; null for a journey.</param>
public sealed record CheckFacets(CheckKind Kind, ErrorCategory? Category, string? Field, string? Operation, string? Journey)
{
    /// <summary>A journey the proxy saw in its traffic, under the name of the suite's journey of the same meaning.</summary>
    public static CheckFacets Of(ExchangePattern pattern) => new(CheckKind.Journey, null, null, null, SpecWords.Of(pattern));
}

/// <summary>The kinds of contract checks (the spec's <c>verified-by</c> vocabulary).</summary>
public enum CheckKind
{
    /// <summary>A valid request, answered with success.</summary>
    Success,

    /// <summary>A valid request with a value on the edge of a rule: a shortest or longest string, each allowed value.</summary>
    Boundary,

    /// <summary>A valid request with a longest string of characters outside ASCII and the BMP.</summary>
    Unicode,

    /// <summary>What public clients send (<c>x-lancens-real-client</c>).</summary>
    RealClient,

    /// <summary>The token header spelled the way public clients spell it.</summary>
    TokenHeader,

    /// <summary>A request with one fault, answered with its natural error.</summary>
    Natural,

    /// <summary>A request with two faults, answered with the one checked first.</summary>
    Precedence,

    /// <summary>A request past <c>x-lancens-request-limits</c>.</summary>
    Limit,

    /// <summary>A valid request in a state the host remembers, answered with a state error.</summary>
    State,

    /// <summary>A documented error forced through the mock's control header.</summary>
    Forced,

    /// <summary>Several requests whose answers must agree with each other (what the host remembers).</summary>
    Journey,
}
