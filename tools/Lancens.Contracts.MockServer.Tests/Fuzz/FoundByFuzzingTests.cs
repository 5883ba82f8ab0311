using System.Text;
using System.Text.Json.Nodes;
using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Fuzz;

/// <summary>What the fuzz found, pinned as plain tests: each request gets its documented answer and its journal entry.</summary>
public sealed class FoundByFuzzingTests
{
    private static ApiSpecification Spec => TestSpec.Spec;

    public static TheoryData<string> Operations => [.. Spec.Operations.Select(operation => operation.Id)];

    public static TheoryData<string> OperationsWithABody => [.. Spec.Operations.Where(operation => operation.Body is not null).Select(operation => operation.Id)];

    // RFC 9112, 3.2.2: a server must accept the absolute form (what a client sends through a proxy) like the origin form.
    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_AbsoluteFormTarget_IsRoutedByItsPath(string operationId)
    {
        var operation = Spec.Operation(operationId);
        await using var engine = await Engine.StartAsync();
        var target = $"http://{engine.Mock.RootUrl.Authority}{ApiClient.Url(engine.Mock.RootUrl, operation, "a-serial").PathAndQuery}?x=1";
        var request = $"{operation.Method.Method} {target} HTTP/1.1\r\nHost: {engine.Mock.RootUrl.Authority}\r\nConnection: close\r\nContent-Length: 1\r\n\r\n{{";

        var answer = await RawHttp.SendAsync(engine.Mock.RootUrl, Encoding.ASCII.GetBytes(request));

        var expected = operation.Token == TokenPlacement.Header ? operation.Error(ErrorCategory.NoToken) : operation.NaturalErrors.First(error => error.Category == ErrorCategory.Internal);
        answer.ShouldBeError(expected);
        engine.Mock.Journal.ShouldHaveSingleItem().Operation.ShouldBe(operation.Id);
    }

    // "\ud800" is JSON grammar but no Unicode text: the engine must answer it as a body it cannot read, itself, not
    // throw and leave the answer to the HTTP server's error page (which the request-limits rewriter then disguises).
    [Theory]
    [MemberData(nameof(OperationsWithABody))]
    public async Task Operation_LoneSurrogateInAStringField_AnswersTheInternalErrorAndIsJournaled(string operationId)
    {
        var operation = Spec.Operation(operationId);
        await using var engine = await Engine.StartAsync();
        var live = await engine.LoginAsync("alice");
        var values = new Dictionary<string, JsonNode?>();
        foreach (var field in operation.Body!.Fields.Where(field => field.Session != SessionPart.None))
        {
            values[field.Name] = field.Session switch
            {
                SessionPart.Username => live.Username,
                SessionPart.Password => live.Password,
                _ => live.Token,
            };
        }

        var surrogate = operation.Body.Fields.First(field => field.Type == FieldType.String && field.HasLengthRule).Name;
        values[surrogate] = "\u0001marker";
        var body = RequestBodies.For(operation, values).ToJsonString().Replace("\\u0001marker", "x\\ud800", StringComparison.Ordinal);
        var token = operation.Token == TokenPlacement.Header ? live.Token : null;

        var answer = await engine.Client.SendAsync(operation, token, serial: "a-serial", configure: request => request.Content = new StringContent(body, Encoding.UTF8, MediaTypes.Json));

        var expected = operation.NaturalErrors.First(error => error.Category == ErrorCategory.Internal);
        answer.ShouldBeError(expected);
        var entry = engine.Mock.Journal[^1];
        (entry.Operation, entry.Answered).ShouldBe((operation.Id, new AnswerKey(operation.Id, expected.Status, expected.ExampleName).ToString()));
        entry.DecidedBy.ShouldContain(SpecWords.Of(ErrorCategory.Internal));
    }
}
