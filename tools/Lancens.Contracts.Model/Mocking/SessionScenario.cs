namespace Lancens.Contracts.Model.Mocking;

/// <summary>
/// What a mock made of stubs remembers of the session, as one scenario of stub states: which push-token kinds are
/// registered, or that the user logged out. A scenario starts in <see cref="Started"/>, which here means logged in with
/// nothing registered, so a client can begin with any token. The kinds are the spec's resources. The answers to a valid
/// request in each state are the assumptions query-when-empty, serial-identifies-registration, register-repeat-and-clear
/// and token-after-logout, as <see cref="Answers"/> lists them.
/// </summary>
public sealed class SessionScenario(ApiSpecification spec)
{
    public const string ScenarioName = "lancens-session";
    public const string Started = "Started";
    public const string LoggedOut = "logged-out";

    /// <summary>When the logged-out answers apply, as every stub that gives one says it.</summary>
    public const string LoggedOutCondition = "the user has logged out (until the next login)";

    private readonly IReadOnlyList<string> _resources = spec.Resources;

    /// <summary>Every logged-in state, as the set of registered kinds.</summary>
    public IEnumerable<IReadOnlySet<string>> LoggedIn =>
        Enumerable.Range(0, 1 << _resources.Count).Select(mask =>
            (IReadOnlySet<string>)_resources.Where((_, index) => (mask & (1 << index)) != 0).ToHashSet());

    /// <summary>Every state the session can be in, by name: the logged-in ones, then <see cref="LoggedOut"/>.</summary>
    public IReadOnlyList<string> States => [.. LoggedIn.Select(Name), LoggedOut];

    public string Name(IReadOnlySet<string> registered) =>
        registered.Count == 0 ? Started : string.Join('+', _resources.Where(registered.Contains));

    public string With(IReadOnlySet<string> registered, string resource) => Name(registered.Append(resource).ToHashSet());

    public string Without(IReadOnlySet<string> registered, string resource) => Name(registered.Where(kind => kind != resource).ToHashSet());

    /// <summary>
    /// The answers of <paramref name="operation"/> to a valid request, one per session state it tells apart, in the order
    /// the stubs list them; an operation whose answer does not depend on the session has none.
    /// </summary>
    public IReadOnlyList<StateAnswer> Answers(ApiOperation operation)
    {
        var effect = operation.Effect;
        var resource = effect.Resource;
        IEnumerable<StateAnswer> answers = effect.Action switch
        {
            EffectAction.Login => [Success(operation, "any state; the session restarts with nothing registered", newState: Started)],
            EffectAction.Logout => [Success(operation, "logged in; the user is logged out until the next login", newState: LoggedOut)],
            EffectAction.Register => Unregistered(resource!).Select(state => Success(operation, $"{resource} not registered yet", Name(state), With(state, resource!)))
                .Append(Success(operation, $"{resource} already registered; the registration is replaced")),
            _ when effect.NeedsRegistration => Registered(resource!).Select(state => effect.RemovesRegistration
                    ? Success(operation, $"{resource} registered; it is deleted", Name(state), Without(state, resource!))
                    : Success(operation, $"{resource} registered", Name(state)))
                .Append(NothingRegistered(operation)),
            EffectAction.Clear => Registered(resource!).Select(state => Success(operation, $"{resource} registered; it is deleted", Name(state), Without(state, resource!)))
                .Append(Success(operation, $"{resource} not registered; nothing to clear")),
            _ => [],
        };
        return [.. answers];
    }

    private IEnumerable<IReadOnlySet<string>> Registered(string resource) => LoggedIn.Where(state => state.Contains(resource));

    private IEnumerable<IReadOnlySet<string>> Unregistered(string resource) => LoggedIn.Where(state => !state.Contains(resource));

    // Answers for one state share a priority: the states tell them apart. The others come after them.
    private static StateAnswer Success(ApiOperation operation, string when, string? requiredState = null, string? newState = null) =>
        new(
            operation.SuccessAnswer,
            when,
            requiredState,
            newState,
            requiredState is null && !operation.Effect.IsSessionAction ? StubPrecedence.OtherStates : StubPrecedence.StateAnswer);

    private static StateAnswer NothingRegistered(ApiOperation operation) =>
        new(operation.Answer(operation.Error(ErrorCategory.NoData)), $"no {operation.Effect.Resource} push token is registered", null, null, StubPrecedence.OtherStates);
}

/// <summary>One answer of an operation to a valid request, by session state.</summary>
/// <param name="When">The condition in words, as stub names say it.</param>
/// <param name="RequiredState">The state it answers in; null for any state the stubs before it leave.</param>
/// <param name="NewState">The state it leaves the session in; null when it changes nothing.</param>
/// <param name="Priority">Its tier (<see cref="StubPrecedence"/>).</param>
public sealed record StateAnswer(DocumentedAnswer Answer, string When, string? RequiredState, string? NewState, int Priority);
