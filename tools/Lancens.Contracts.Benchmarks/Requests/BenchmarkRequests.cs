using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Benchmarks.Requests;

/// <summary>
/// Every request the benchmark and the soak send, made by the scenario builder from the model (<see cref="ActionRequests"/>
/// and the register operation's natural-error scenario): nothing here names a vendor field.
/// </summary>
internal sealed class BenchmarkRequests
{
    /// <summary>The contract suite's default seed: the same accounts and push tokens every run.</summary>
    public const int Seed = 20261122;

    private readonly ActionRequests _actions;

    public BenchmarkRequests(ApiSpecification spec)
    {
        Spec = spec;
        _actions = new ActionRequests(spec, new TestValues(Seed));
        Resource = spec.Resources[0];
        KeyField = spec.RegistrationKeyField(Resource).Name;
        SetupAccount = _actions.NewAccount();
        SetupKey = _actions.NewKey(Resource);
        Login = Call(_actions.Login());
        Query = Call(_actions.Query(Resource));
        Register = Call(_actions.Register(Resource, SetupKey));
        NaturalError = MissingFieldOf(spec, Register.Operation);
    }

    public ApiSpecification Spec { get; }

    /// <summary>The push-token kind every request acts on: the spec's first (ring).</summary>
    public string Resource { get; }

    /// <summary>The body field that is a registration's key, e.g. <c>push_token</c>.</summary>
    public string KeyField { get; }

    /// <summary>The account the repeated workloads log in as, before they run.</summary>
    public Account SetupAccount { get; }

    /// <summary>The push token the setup registers, so the query answers a record, and that the register workload sends again.</summary>
    public string SetupKey { get; }

    public ApiCall Login { get; }

    /// <summary>A query with the token header, after the setup's register.</summary>
    public ApiCall Query { get; }

    /// <summary>A registration with every field the spec lists; after the first it changes nothing.</summary>
    public ApiCall Register { get; }

    /// <summary>The register operation's natural error for a body missing its first required field, e.g. <c>undefined push_token</c>.</summary>
    public ApiCall NaturalError { get; }

    /// <summary>The session a login answered for the account; null when the body carries no token.</summary>
    public LoginSession? SessionOf(Account account, ObservedResponse answer) =>
        Spec.LoginAnswer.Read(answer.Body) is { } login ? new LoginSession(account.Username, account.Password, login.Token, login.UserId) : null;

    /// <summary>Each virtual user's own account and push tokens; not thread-safe, so made before any load starts.</summary>
    public IReadOnlyList<MixPlan> MixPlans(int users) => [.. Enumerable.Range(0, users).Select(_ => NewMixPlan())];

    private MixPlan NewMixPlan()
    {
        var account = _actions.NewAccount();
        var registered = _actions.NewKey(Resource);
        var updated = _actions.NewKey(Resource);
        return new MixPlan(account, registered, updated,
        [
            Call(_actions.Login()),
            Call(_actions.Register(Resource, registered)),
            Call(_actions.Query(Resource)),
            Call(_actions.Update(Resource, registered, updated)),
            Call(_actions.DeleteOne(Resource, updated)),
            Call(_actions.Logout()),
        ]);
    }

    private ApiCall Call((ApiOperation Operation, ScenarioRequest Request) action) =>
        new(action.Operation, action.Request, ExpectedResponse.SuccessOf(action.Operation), Spec.BasePath);

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
