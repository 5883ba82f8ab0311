using System.Text;
using Lancens.Contracts.MockServer.Admin;
using Lancens.Contracts.MockServer.Control;
using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.MockServer.Tests.Admin;

/// <summary>
/// The request journal: bounded to the most recent requests, oldest first, and each entry names the documented answer
/// and the stage and rule that decided it; the admin endpoint lists the same entries.
/// </summary>
public sealed class JournalTests
{
    private static ApiSpecification Spec => TestSpec.Spec;

    private static string Ring => Spec.Resources[0];

    private static ApiOperation Query => Spec.OperationFor(EffectAction.Query, Ring);

    [Fact]
    public async Task Journal_ThreeEntries_KeepsTheThreeMostRecentOldestFirst()
    {
        await using var engine = await Engine.StartAsync(new LancensMockOptions { JournalEntries = 3 });

        foreach (var index in Enumerable.Range(1, 5))
        {
            await engine.Client.SendAsync(HttpMethod.Get, $"/journal-test/{index}");
        }

        engine.Mock.Journal.Select(entry => entry.Path).ShouldBe(["/journal-test/3", "/journal-test/4", "/journal-test/5"]);
    }

    [Fact]
    public async Task Journal_NoEntries_KeepsNothingAndStillAnswers()
    {
        await using var engine = await Engine.StartAsync(new LancensMockOptions { JournalEntries = 0 });

        await engine.LoginAsync("alice");

        engine.Mock.Journal.ShouldBeEmpty();
    }

    [Fact]
    public async Task Journal_EachEntry_NamesTheDocumentedAnswerAndTheRuleThatDecidedIt()
    {
        await using var engine = await Engine.StartAsync();
        var login = Spec.OperationFor(EffectAction.Login);
        var register = Spec.OperationFor(EffectAction.Register, Ring);
        var forced = Query.Errors.First(error => error.Trigger == ErrorTrigger.Forced && error.Category != ErrorCategory.NoData);
        var missing = register.NaturalErrors.First(error => error.Category == ErrorCategory.MissingParam);

        var session = await engine.LoginAsync("alice");
        ShouldBe(engine.Mock.Journal[^1], login.SuccessAnswer.Key, SpecWords.Of(EffectAction.Login));

        await engine.Client.SendAsync(Query);
        ShouldBe(engine.Mock.Journal[^1], Key(Query.Error(ErrorCategory.NoToken)), SpecWords.Of(ErrorCategory.NoToken));

        await engine.Client.SendAsync(register, session.Token, new System.Text.Json.Nodes.JsonObject());
        ShouldBe(engine.Mock.Journal[^1], Key(missing), SpecWords.Of(ErrorCategory.MissingParam), missing.Field!);

        await engine.Client.SendAsync(register, session.Token, configure: request => request.Content = new StringContent(new string(' ', Spec.RequestLimits.MaxBodyBytes + 1), Encoding.UTF8, MediaTypes.Json));
        ShouldBe(engine.Mock.Journal[^1], Key(register.NaturalErrors.First(error => error.Category == ErrorCategory.Internal)), SpecWords.Of(ErrorCategory.Internal), Spec.RequestLimits.MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await engine.Client.QueryAsync(session, Ring);
        ShouldBe(engine.Mock.Journal[^1], Key(Query.Error(ErrorCategory.NoData)), SpecWords.Of(EffectAction.Query));

        await engine.Client.SendAsync(Query, session.Token, configure: request => request.Headers.Add(MockControl.ErrorHeader, forced.Message));
        ShouldBe(engine.Mock.Journal[^1], Key(forced), MockControl.ErrorHeader);

        var armed = engine.Mock.Arm(new ArmRequest(Error: forced.Message));
        await engine.Client.QueryAsync(session, Ring);
        ShouldBe(engine.Mock.Journal[^1], Key(forced), $"#{armed.Id}");

        await engine.Client.SendAsync(HttpMethod.Patch, Query.PathTemplate);
        var unknown = engine.Mock.Journal[^1];
        (unknown.Method, unknown.Path, unknown.Status, unknown.Operation).ShouldBe(("PATCH", Query.PathTemplate, Spec.UnknownRoute.Status, null));
        unknown.Answered.ShouldContain("x-lancens-unknown-route");

        using (var client = new ApiClient(engine.Mock.RootUrl))
        {
            await Should.ThrowAsync<HttpRequestException>(() => client.SendAsync(Query, configure: request => request.Headers.Add(MockControl.FaultHeader, MockControl.ConnectionFaults[0].Value)));
        }

        var fault = engine.Mock.Journal[^1];
        (fault.Operation, fault.Status).ShouldBe((Query.Id, 0));
        fault.Answered.ShouldContain(MockControl.ConnectionFaults[0].Value);
    }

    [Fact]
    public async Task JournalEndpoint_ListsTheSameEntries()
    {
        await using var engine = await Engine.StartAsync();
        var session = await engine.LoginAsync("alice");
        await engine.Client.QueryAsync(session, Ring);
        await engine.Client.SendAsync(Query);

        var answer = await engine.Client.AdminAsync(HttpMethod.Get, "journal");

        (answer.Status, answer.MediaType).ShouldBe((200, MediaTypes.Json));
        answer.Read<List<JournalEntry>>("requests").ShouldBe(engine.Mock.Journal);
        answer.Body.ShouldNotContain(session.Token);
    }

    private static AnswerKey Key(DocumentedError error) => new(error.OperationId, error.Status, error.ExampleName);

    private static void ShouldBe(JournalEntry entry, AnswerKey answered, params string[] rule)
    {
        var operation = Spec.Operation(answered.OperationId);
        (entry.Method, entry.Operation, entry.Status, entry.Answered).ShouldBe((operation.Method.Method, operation.Id, answered.Status, answered.ToString()), entry.ToString());
        foreach (var word in rule)
        {
            entry.DecidedBy.ShouldContain(word, Case.Sensitive, entry.ToString());
        }
    }
}
