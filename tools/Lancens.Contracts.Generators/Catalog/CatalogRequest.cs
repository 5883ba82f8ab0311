using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Generators.Catalog;

/// <summary>
/// One request of the QA catalog's .http files, with the answer it must get: its title names that answer's operation,
/// status and example, whether it reproduces a row of errors.md, prepares one, or opens the session.
/// </summary>
/// <param name="Notes">Comment lines under the title, e.g. the <c>lancens arm</c> command of a forced error.</param>
internal sealed record CatalogRequest(string Title, DocumentedAnswer Expected, ScenarioRequest Request, IReadOnlyList<string> Notes)
{
    /// <summary>The body property that carries an answer's text (<see cref="ResponseExample.Message"/>).</summary>
    public const string MessageProperty = "message";

    /// <summary>The login whose token every request that needs a session sends.</summary>
    public bool OpensSession { get; init; }

    /// <summary>The text the answer's body carries, when its example has one (every error, most successes).</summary>
    public string? ExpectedMessage => Expected.Example.Message;

    public bool UsesSession =>
        Request.Headers.Any(header => header.Value.Contains(RequestPlaceholders.Token, StringComparison.Ordinal))
        || (Request.Body?.Contains(RequestPlaceholders.Token, StringComparison.Ordinal) ?? false);

    /// <summary>
    /// The requests in the order to send them: the login first, then per row the set-up it needs and its reproduction;
    /// a logout ends the session every other request uses, so the logout rows come last.
    /// </summary>
    public static IReadOnlyList<CatalogRequest> InSendingOrder(ApiSpecification spec, IReadOnlyList<CatalogEntry> entries)
    {
        // Made-up keys are fine: the catalog only needs valid requests, and its fixed seed keeps the files stable.
        var actions = new ActionRequests(spec, new TestValues(CatalogGenerator.CatalogSeed));
        var (login, loginRequest) = actions.Login();
        var session = new CatalogRequest(TitleOf(login.SuccessAnswer, "the session every request below uses"), login.SuccessAnswer, loginRequest, []) { OpensSession = true };
        var requests = new List<CatalogRequest> { session };
        foreach (var entry in entries.OrderBy(entry => entry.Operation.Effect.Action == EffectAction.Logout))
        {
            foreach (var (purpose, (operation, request)) in Setup(actions, entry.Reproduction))
            {
                // Titled with the answer the set-up itself gets (a register's 201), then the row it prepares.
                var row = entry.Answer.Key;
                requests.Add(new(TitleOf(operation.SuccessAnswer, $"set-up for {row.OperationId}: {row.Status} {row.ExampleName}: {purpose}"), operation.SuccessAnswer, request, []));
            }

            IReadOnlyList<string> notes = entry.Error is { } error && entry.Reproduction.Kind == CheckKind.Forced
                ? [$"without the header: {MockControl.ArmCommand(error)}"]
                : [];
            requests.Add(new(TitleOf(entry.Answer, Trigger(entry)), entry.Answer, entry.Reproduction.Request, notes));
        }

        return requests;
    }

    // "getRingPushToken: 404 no_data_error (why)": every title starts with the answer its own request must get.
    private static string TitleOf(DocumentedAnswer answer, string why) => $"{answer.Key.OperationId}: {answer.Key.Status} {answer.Key.ExampleName} ({why})";

    private static string Trigger(CatalogEntry entry) =>
        entry.Error is null ? "success" : $"{SpecWords.Of(entry.Error.Trigger)}: {entry.Reproduction.Condition}";

    // What a reproduction needs the session to hold first: its registration, or nothing registered.
    private static IEnumerable<(string Purpose, (ApiOperation, ScenarioRequest) Request)> Setup(ActionRequests actions, ContractScenario scenario)
    {
        if (scenario.Given.Registered is { } registered)
        {
            yield return ($"register the {registered.Resource} push token it acts on", actions.Register(registered.Resource, registered.PushToken));
        }

        if (scenario.Given.Cleared is { } cleared)
        {
            yield return ($"clear the {cleared} push token", actions.Clear(cleared));
        }
    }
}
