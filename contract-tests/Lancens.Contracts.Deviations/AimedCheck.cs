using Lancens.Contracts.Model;

namespace Lancens.Contracts.Deviations;

/// <summary>
/// Checks of the suite that a deviation is aimed at, in the terms <c>verified-by</c> uses, optionally only on the
/// operations of one effect. <see cref="Every"/>: each matching check must fail; otherwise at least one must.
/// </summary>
public sealed record AimedCheck(CheckSelector Selector, EffectAction? Action = null, bool Every = false)
{
    public static AimedCheck Journey(string name) => new(new CheckSelector(CheckKind.Journey, null, null, name));

    public static AimedCheck Some(CheckKind kind, ErrorCategory? category = null, string? field = null, EffectAction? action = null) =>
        new(new CheckSelector(kind, category, field, null), action);

    public static AimedCheck All(CheckKind kind, EffectAction? action = null) => new(new CheckSelector(kind, null, null, null), action, Every: true);

    public bool Matches(ApiSpecification spec, CheckFacets check) =>
        Selector.Matches(check) && (Action is null || (check.Operation is { } id && spec.Operation(id).Effect.Action == Action));

    public override string ToString() =>
        $"{(Every ? "every" : "some")} check {Selector}{(Action is { } action ? $" on the {SpecWords.Of(action)} operations" : string.Empty)}";
}
