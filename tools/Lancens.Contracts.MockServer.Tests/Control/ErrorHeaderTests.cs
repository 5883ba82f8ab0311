using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.MockServer.Tests.Control;

/// <summary>
/// <c>X-Lancens-Mock-Error</c>: each documented error of each operation, by its exact text in any letter case, answers
/// that error (before any check, changing nothing); a text the operation does not document answers 400 listing those it does.
/// </summary>
public sealed class ErrorHeaderTests(SharedEngine engine) : IClassFixture<SharedEngine>
{
    private static ApiSpecification Spec => TestSpec.Spec;

    public static TheoryData<string, string> DocumentedErrors =>
        [.. Spec.Operations.SelectMany(operation => operation.Errors.Select(error => error.Message).Distinct().Select(message => (operation.Id, message)))];

    [Theory]
    [MemberData(nameof(DocumentedErrors))]
    public async Task ErrorHeader_DocumentedTextInAnyCase_AnswersThatError(string operationId, string message)
    {
        var operation = Spec.Operation(operationId);
        var statuses = operation.Errors.Where(error => error.Message == message).Select(error => error.Status).ToList();

        foreach (var text in new[] { message, message.ToUpperInvariant(), AlternatingCase(message) })
        {
            var answer = await engine.Client.SendAsync(operation, configure: request => request.Headers.Add(MockControl.ErrorHeader, text));

            (answer.MediaType, answer.Message).ShouldBe((MediaTypes.Json, message), $"{text}: {answer}");
            statuses.ShouldContain(answer.Status);
            AnswerChecks.Documented(operation, answer).ShouldBeNull();
        }
    }

    public static TheoryData<string> OperationIds => [.. Spec.Operations.Select(operation => operation.Id)];

    [Theory]
    [MemberData(nameof(OperationIds))]
    public async Task ErrorHeader_TextTheOperationDoesNotDocument_Answers400ListingTheTextsItDoes(string operationId)
    {
        var operation = Spec.Operation(operationId);
        var ownTexts = operation.Errors.Select(error => error.Message).ToHashSet();
        var elsewhere = Spec.ErrorCatalog.Select(error => error.Message).FirstOrDefault(text => !ownTexts.Contains(text));

        foreach (var text in new[] { "no such error", string.Empty, ownTexts.First() + "!", elsewhere }.OfType<string>())
        {
            var answer = await engine.Client.SendAsync(operation, configure: request => request.Headers.TryAddWithoutValidation(MockControl.ErrorHeader, text));

            (answer.Status, answer.MediaType).ShouldBe((400, MediaTypes.Json), $"'{text}': {answer}");
            answer.Message.ShouldNotBeNull();
            answer.Message.ShouldContain(MockControl.ErrorHeader);
            foreach (var own in ownTexts)
            {
                answer.Message.ShouldContain(own);
            }
        }
    }

    [Fact]
    public async Task ErrorHeader_OnAValidRequest_ChangesNothing()
    {
        await using var own = await Engine.StartAsync();
        var session = await own.LoginAsync("alice");
        var resource = Spec.Resources[0];
        var register = Spec.OperationFor(EffectAction.Register, resource);
        var forced = register.Errors.First(error => error.Trigger == ErrorTrigger.Forced);
        var logout = Spec.OperationFor(EffectAction.Logout);

        (await own.Client.SendAsync(register, session.Token, RequestBodies.Registration(resource, "forced"), configure: request => request.Headers.Add(MockControl.ErrorHeader, forced.Message))).ShouldBeError(forced);
        (await own.Client.SendAsync(logout, body: RequestBodies.Logout(session.Username, session.Token), configure: request => request.Headers.Add(MockControl.ErrorHeader, logout.Errors.First().Message))).ShouldBeError(logout.Errors.First());

        (await own.Client.QueryAsync(session, resource)).ShouldBeError(Spec.OperationFor(EffectAction.Query, resource).Error(ErrorCategory.NoData));
        own.Mock.Accounts.ShouldHaveSingleItem().LiveSessions.ShouldBe(1);
    }

    [Fact]
    public async Task ErrorHeader_OnAnUnknownRoute_AnswersTheUnknownRoute()
    {
        var message = Spec.ErrorCatalog.First().Message;
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(engine.Mock.RootUrl, Spec.BasePath + "/no/such/path"));
        request.Headers.Add(MockControl.ErrorHeader, message);

        AnswerChecks.UnknownRoute(await engine.Client.SendAsync(request)).ShouldBeNull();
    }

    private static string AlternatingCase(string text) =>
        string.Concat(text.Select((character, index) => index % 2 == 0 ? char.ToUpperInvariant(character) : char.ToLowerInvariant(character)));
}
