using System.Text.Json;

namespace Lancens.Contracts.Benchmarks.Requests;

/// <summary>
/// Every request the benchmark and the soak send, made by the scenario builder from the model (<see cref="ActionRequests"/>
/// and the register operation's natural-error scenario), and what their answers carry: nothing here names a vendor field.
/// </summary>
internal sealed class BenchmarkRequests
{
    // The contract suite's default seed: the same accounts and push tokens every run.
    private const int Seed = 20261122;

    private readonly ApiSpecification _spec;
    private readonly ActionRequests _actions;
    private readonly string _resource;
    private readonly string? _recordUserId;

    public BenchmarkRequests(ApiSpecification spec)
    {
        _spec = spec;
        _actions = new ActionRequests(spec, new TestValues(Seed));
        _resource = spec.Resources[0];
        KeyField = spec.RegistrationKeyField(_resource).Name;
        var account = _actions.NewAccount();
        var key = _actions.NewKey(_resource);
        var login = Call(_actions.Login());
        Query = Call(_actions.Query(_resource));
        Register = Call(_actions.Register(_resource, key));
        Setup = new MixPlan(account, key, key, [login, Register]);
        NaturalError = MissingFieldOf(spec, Register.Operation);
        _recordUserId = Query.Operation.Success.Schema.PropertyFor(SessionPart.UserId);
        Workloads = [new("query", Query), new("register", Register), new("natural error", NaturalError), new("stateful mix", null)];
        CheckPlan = NewMixPlan();
    }

    /// <summary>The body field that is a registration's key, e.g. <c>push_token</c>.</summary>
    public string KeyField { get; }

    /// <summary>Each server's setup before the repeated workloads: an account of its own logs in and registers a push token.</summary>
    public MixPlan Setup { get; }

    public ApiCall Query { get; }

    /// <summary>A registration with every field the spec lists; after the first it changes nothing.</summary>
    public ApiCall Register { get; }

    /// <summary>The register operation's natural error for a body missing its first required field, e.g. <c>undefined push_token</c>.</summary>
    public ApiCall NaturalError { get; }

    /// <summary>A query without a token: every server answers it (401 or 200) as soon as it serves the API.</summary>
    public SentRequest Probe => Query.Fill(new LoginSession(string.Empty, string.Empty, Token: string.Empty));

    /// <summary>Query, register and natural error with wrk, then the stateful mix last, since it changes what each server remembers.</summary>
    public IReadOnlyList<Workload> Workloads { get; }

    /// <summary>The virtual user whose one cycle is checked before the mix is measured; an account of its own.</summary>
    public MixPlan CheckPlan { get; }

    /// <summary>Each virtual user's own account and push tokens; not thread-safe, so made before any load starts.</summary>
    public IReadOnlyList<MixPlan> MixPlans(int users) => [.. Enumerable.Range(0, users).Select(_ => NewMixPlan())];

    /// <summary>The session a login answered for the account; null when the body carries no token.</summary>
    public LoginSession? SessionOf(Account account, ObservedResponse answer) =>
        _spec.LoginAnswer.Read(answer.Body) is { } login ? new LoginSession(account.Username, account.Password, login.Token, login.UserId) : null;

    /// <summary>The registration key (the push token) and the user id of the record a query answered.</summary>
    public (string? Key, long? UserId) RecordOf(ObservedResponse answer) =>
        (answer.Property(KeyField) is { ValueKind: JsonValueKind.String } key ? key.GetString() : null,
            _recordUserId is not null && answer.Property(_recordUserId) is { ValueKind: JsonValueKind.Number } id && id.TryGetInt64(out var number) ? number : null);

    private MixPlan NewMixPlan()
    {
        var account = _actions.NewAccount();
        var registered = _actions.NewKey(_resource);
        var updated = _actions.NewKey(_resource);
        return new MixPlan(account, registered, updated,
        [
            Call(_actions.Login()),
            Call(_actions.Register(_resource, registered)),
            Call(_actions.Query(_resource)),
            Call(_actions.Update(_resource, registered, updated)),
            Call(_actions.DeleteOne(_resource, updated)),
            Call(_actions.Logout()),
        ]);
    }

    private ApiCall Call((ApiOperation Operation, ScenarioRequest Request) action) =>
        new(action.Operation, action.Request, ExpectedResponse.SuccessOf(action.Operation), _spec.BasePath);

    private static ApiCall MissingFieldOf(ApiSpecification spec, ApiOperation operation)
    {
        var scenario = ScenarioCatalog.For(spec, Seed).FirstOrDefault(scenario =>
                scenario.Operation.Id == operation.Id
                && scenario.Kind == CheckKind.Natural
                && scenario.Needs == TargetNeeds.None
                && scenario.Facets.Category == ErrorCategory.MissingParam)
            ?? throw new BenchmarkException($"{operation.Id} has no natural missing-param scenario to measure.");
        return new ApiCall(scenario.Operation, scenario.Request, scenario.Expected, spec.BasePath);
    }
}

/// <summary>
/// One virtual user of the stateful mix: its own account, the push token it registers and the one it updates to, and its
/// cycle of requests in order, the login first (the setup's: login and registration alone).
/// </summary>
internal sealed record MixPlan(Account Account, string RegisteredKey, string UpdatedKey, IReadOnlyList<ApiCall> Cycle);

/// <summary>What is measured: one request repeated by wrk, or (no request) the stateful mix driven by the C# generator.</summary>
internal sealed record Workload(string Name, ApiCall? Repeated)
{
    public bool IsStatefulMix => Repeated is null;

    public override string ToString() => Name;
}
