namespace Lancens.Contracts.Model.Mocking;

/// <summary>
/// Which stub answers when several match, for the mocks made of stubs (the generated mappings of stock WireMock, the
/// WireMock.Net stubs): both pick, among the stubs that match a request, the one with the lowest priority. Stock WireMock
/// tries stubs in that order across all URLs until one matches, so the order is also the cost of a request there: a
/// valid request must meet its answer early. The tiers, first to last:
/// the header checks (no token, then a logged-out session); the answers to a valid request, which depend on the session
/// state; the checks of an invalid body, one priority each in the spec's validation order; the fallback for a body that
/// is not a JSON object; then the control stubs (faults, forced errors); and last the answer for routes the spec lacks.
/// Stubs before the control tier require both control headers to be absent (a delay aside, where a mock adds it to any
/// answer), so a request that carries one reaches its control stub whatever else it holds.
/// Stubs that can match the same request never share a priority: between equal priorities stock WireMock picks by file
/// load order, which is not stable.
/// </summary>
public static class StubPrecedence
{
    public const int NoToken = 10;
    public const int LoggedOut = 11;

    /// <summary>Logout reads its token from the body, so its logged-out check needs a valid body first.</summary>
    public const int LoggedOutWithValidBody = 19;

    /// <summary>Answers that need a given session state; several per operation, told apart by the state.</summary>
    public const int StateAnswer = 20;

    /// <summary>The answer in every other state.</summary>
    public const int OtherStates = 21;

    public const int FirstBodyCheck = 30;

    /// <summary>A request that is not a JSON object reaches this: every check before it needs one.</summary>
    public const int BodyNotAnObject = 90;

    public const int Fault = 91;
    public const int UnknownFault = 92;
    public const int ForcedError = 93;
    public const int UnknownForcedError = 94;
    public const int UnknownRoute = 100;

    /// <summary>The priority of each body check of <paramref name="operation"/>, in the spec's validation order.</summary>
    /// <exception cref="InvalidOperationException">It has more body checks than the tier holds.</exception>
    public static IReadOnlyList<(DocumentedError Error, int Priority)> BodyChecks(ApiOperation operation)
    {
        var checks = operation.NaturalErrors.Where(Checking.RequestContract.IsBodyOnly)
            .Select((error, index) => (error, FirstBodyCheck + index))
            .ToList();
        return checks.Count == 0 || checks[^1].Item2 < BodyNotAnObject
            ? checks
            : throw new InvalidOperationException($"{operation.Id} has more body checks than its tier holds");
    }
}
