using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;

namespace Lancens.Contracts.MockServer.Pipeline;

/// <summary>
/// The spec's natural checks, one small function per error category, run in the order the model gives
/// (<see cref="ApiOperation.NaturalErrors"/>): the first that fails decides the answer. Each operation's checks are put
/// together once, at start-up. Those that read the request alone are the model's (<see cref="RequestContract"/>); the
/// ones here look a token or an account up, and return what they found: the caller.
/// </summary>
internal sealed class NaturalChecks
{
    private readonly IAccountStore _store;
    private readonly Dictionary<ApiOperation, (DocumentedError Error, Func<MockRequest, Check> Run)[]> _plans = new(ReferenceEqualityComparer.Instance);

    public NaturalChecks(ApiSpecification spec, IAccountStore store)
    {
        _store = store;
        foreach (var operation in spec.Operations)
        {
            _plans[operation] = [.. operation.NaturalErrors.Select(error => (error, CheckFor(operation, error)))];
        }
    }

    public CheckOutcome Run(MockRequest request)
    {
        Caller? caller = null;
        foreach (var (error, run) in _plans[request.Operation])
        {
            var check = run(request);
            if (check.Fails)
            {
                return new CheckOutcome.Failed(error);
            }

            caller ??= check.Found;
        }

        // EngineRequirements made sure every operation has a check that finds its caller.
        return new CheckOutcome.Passed(caller ?? throw new InvalidOperationException($"{request.Operation.Id}: no check found whose request it is"));
    }

    // One check: whether it fails, and the caller it found when it looks one up.
    private readonly record struct Check(bool Fails, Caller? Found = null)
    {
        public static Check Passes { get; } = new(false);

        public static Check FailsWhen(bool fails) => new(fails);
    }

    private Func<MockRequest, Check> CheckFor(ApiOperation operation, DocumentedError error)
    {
        if (RequestContract.Check(operation, error) is { } stateless)
        {
            return request => Check.FailsWhen(stateless(request.View));
        }

        return (error.Category, error.In) switch
        {
            (ErrorCategory.InvalidToken, ParameterLocation.Header) => request => SessionOf(request.TokenHeader),
            (ErrorCategory.InvalidToken, _) => SessionOfBodyAccount,
            (ErrorCategory.Credentials, _) => Credentials,
            _ => _ => Check.Passes,
        };
    }

    private Check SessionOf(string? token) =>
        token is not null && _store.Session(token) is { } session ? new Check(false, new Caller(session.Account, token)) : Check.FailsWhen(true);

    // Logout names its token and its account in the body: the token must be a live session of that account.
    private Check SessionOfBodyAccount(MockRequest request)
    {
        var check = SessionOf(request.SessionValue(SessionPart.Token));
        return request.SessionValue(SessionPart.Username) is { } username && check.Found?.Account.Username != username ? Check.FailsWhen(true) : check;
    }

    private Check Credentials(MockRequest request) =>
        request.SessionValue(SessionPart.Username) is { } username && request.SessionValue(SessionPart.Password) is { } password
            && _store.Authenticate(username, password) is { } account
            ? new Check(false, new Caller(account, null))
            : Check.FailsWhen(true);
}
