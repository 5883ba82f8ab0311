using Lancens.Contracts.MockServer;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Deviations;

/// <summary>
/// Every deviation: how the engine is started with it (through its public seams only: the spec it serves, the store it
/// remembers with), and the checks of the suite aimed at it, which must fail.
/// </summary>
public static class DeviationCatalog
{
    public static IReadOnlyList<Deviation> All { get; } = Enum.GetValues<Deviation>();

    /// <summary>The kebab-case name, e.g. <c>body-before-token</c>.</summary>
    public static string NameOf(Deviation deviation) => SpecWords.Of(deviation);

    /// <exception cref="FormatException">No deviation has the name.</exception>
    public static Deviation Parse(string name) =>
        All.Where(deviation => NameOf(deviation) == name).Cast<Deviation?>().SingleOrDefault()
        ?? throw new FormatException($"'{name}' is not a deviation; known: {string.Join(", ", All.Select(NameOf))}");

    /// <summary>The engine's options with the deviation in: a changed copy of <paramref name="spec"/>, or a store that breaks its promise.</summary>
    public static LancensMockOptions Apply(Deviation deviation, ApiSpecification spec, LancensMockOptions options) => deviation switch
    {
        Deviation.NaturalErrorStatus422 => options with { Spec = SpecChanges.NaturalErrorsAnswer422(spec) },
        Deviation.ErrorTextWithFullStop => options with { Spec = SpecChanges.ErrorTextsEndWithAFullStop(spec) },
        Deviation.LoginFieldRenamed => options with { Spec = SpecChanges.LoginFieldRenamed(spec) },
        Deviation.RecordIntegersAsStrings => options with { Spec = SpecChanges.RecordIntegersAsStrings(spec) },
        Deviation.RegistrationKeyOneShorter => options with { Spec = SpecChanges.RegistrationKeyOneShorter(spec) },
        Deviation.BodyBeforeToken => options with { Spec = SpecChanges.BodyBeforeToken(spec) },
        Deviation.DefaultDevOne => options with { Spec = SpecChanges.IntegerDefaultsPlusOne(spec) },
        Deviation.HtmlContentType => options with { Spec = SpecChanges.HtmlAnswers(spec) },
        Deviation.ExpiryInMilliseconds => options with { Spec = SpecChanges.ExpiryInMilliseconds(spec) },
        Deviation.UpdateForgotten => options with { Spec = spec, DecorateStore = store => new BrokenStores.UpdateForgotten(store) },
        Deviation.LoginKeepsPushTokens => options with { Spec = spec, DecorateStore = store => new BrokenStores.LoginKeepsPushTokens(store, spec.Resources) },
        Deviation.DeleteAnySerial => options with { Spec = spec, DecorateStore = store => new BrokenStores.DeleteAnySerial(store) },
        Deviation.LogoutKeepsToken => options with { Spec = spec, DecorateStore = store => new BrokenStores.LogoutKeepsToken(store) },
        Deviation.SharedRegistrations => options with { Spec = spec, DecorateStore = store => new BrokenStores.SharedRegistrations(store) },
        Deviation.AnyTokenIsValid => options with { Spec = spec, DecorateStore = store => new BrokenStores.AnyTokenIsValid(store) },
        Deviation.ClearEndsEveryKind => options with { Spec = spec, DecorateStore = store => new BrokenStores.ClearEndsEveryKind(store, spec.Resources) },
        Deviation.RegisterForgetsIntegers => options with { Spec = spec, DecorateStore = store => new BrokenStores.RegisterForgetsIntegers(store) },
        Deviation.StoredTextLosesNonBmp => options with { Spec = spec, DecorateStore = store => new BrokenStores.StoredTextLosesNonBmp(store) },
        Deviation.RecordsFoundByPushToken => options with { Spec = spec, DecorateStore = store => new BrokenStores.RecordsFoundByPushToken(store) },
        Deviation.TokenInAnyCase => options with { Spec = spec, DecorateStore = store => new BrokenStores.TokenInAnyCase(store) },
        _ => throw new ArgumentOutOfRangeException(nameof(deviation), deviation, "no way to start the engine with it"),
    };

    /// <summary>The checks aimed at the deviation: each must catch it.</summary>
    public static IReadOnlyList<AimedCheck> AimedAt(Deviation deviation) => deviation switch
    {
        Deviation.NaturalErrorStatus422 => [AimedCheck.All(CheckKind.Natural), AimedCheck.All(CheckKind.Precedence)],
        Deviation.ErrorTextWithFullStop => [AimedCheck.All(CheckKind.Natural), AimedCheck.All(CheckKind.State), AimedCheck.All(CheckKind.Forced)],
        Deviation.LoginFieldRenamed => [AimedCheck.All(CheckKind.Success, EffectAction.Login)],
        Deviation.RecordIntegersAsStrings => [AimedCheck.All(CheckKind.Success, EffectAction.Query), AimedCheck.Journey("register-then-query")],
        Deviation.RegistrationKeyOneShorter => [AimedCheck.Some(CheckKind.Boundary, field: "push_token", action: EffectAction.Register)],
        Deviation.BodyBeforeToken => [AimedCheck.Some(CheckKind.Precedence, ErrorCategory.InvalidToken)],
        Deviation.DefaultDevOne => [AimedCheck.Journey("defaults-when-absent")],
        Deviation.HtmlContentType => [AimedCheck.All(CheckKind.Success), AimedCheck.All(CheckKind.Natural)],
        Deviation.ExpiryInMilliseconds => [AimedCheck.Journey("login-answer-is-plausible")],
        Deviation.UpdateForgotten => [AimedCheck.Journey("update-then-query")],
        Deviation.LoginKeepsPushTokens => [AimedCheck.Journey("login-clears-push-tokens")],
        Deviation.DeleteAnySerial => [AimedCheck.Journey("unknown-serial-changes-nothing")],
        Deviation.LogoutKeepsToken => [AimedCheck.Journey("logout-ends-that-token"), AimedCheck.Journey("lifecycle")],
        Deviation.SharedRegistrations => [AimedCheck.Journey("accounts-are-isolated")],
        Deviation.AnyTokenIsValid => [AimedCheck.Some(CheckKind.Natural, ErrorCategory.InvalidToken)],

        // Classes of behaviour no hand-written journey looks at: the state exploration must find them.
        Deviation.ClearEndsEveryKind or Deviation.RegisterForgetsIntegers or Deviation.StoredTextLosesNonBmp
            or Deviation.RecordsFoundByPushToken or Deviation.TokenInAnyCase => [AimedCheck.Journey("explored-sequences")],
        _ => throw new ArgumentOutOfRangeException(nameof(deviation), deviation, "no check is aimed at it"),
    };
}
