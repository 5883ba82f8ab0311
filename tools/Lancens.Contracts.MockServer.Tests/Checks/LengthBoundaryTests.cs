using System.Text.Json.Nodes;
using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Checks;

/// <summary>
/// Every body field with a length rule, on every operation: a value of exactly the minimum or the maximum passes the
/// length check, one character fewer or more answers that field's length error; lengths count code points, so the
/// values are emoji (two UTF-16 units each).
/// </summary>
public sealed class LengthBoundaryTests
{
    private const string Character = "😀";

    private static ApiSpecification Spec => TestSpec.Spec;

    public static TheoryData<string, string> LengthRuledFields =>
        [.. Spec.Operations.Where(operation => operation.Body is not null).SelectMany(operation => operation.Body!.Fields.Where(candidate => candidate.HasLengthRule).Select(candidate => (operation.Id, candidate.Name)))];

    [Theory]
    [MemberData(nameof(LengthRuledFields))]
    public async Task Field_AtAndPastItsLengthBounds_PassesOrAnswersItsLengthError(string operationId, string fieldName)
    {
        var operation = Spec.Operation(operationId);
        var field = operation.Body!.Field(fieldName);
        var lengthError = operation.NaturalErrors.Single(error => error.Category == ErrorCategory.Length && error.Field == field.Name);
        await using var engine = await Engine.StartAsync();
        var live = await engine.LoginAsync("alice");

        foreach (var (length, passes) in Bounds(field))
        {
            var body = Body(operation, live);
            body[field.Name] = string.Concat(Enumerable.Repeat(Character, length));
            var answer = await engine.Client.SendAsync(operation, operation.Token == TokenPlacement.Header ? live.Token : null, body, "a-serial");

            if (passes)
            {
                answer.Message.ShouldNotBe(lengthError.Message, $"{length} characters must pass: {answer}");
                AnswerChecks.Documented(operation, answer).ShouldBeNull();
            }
            else
            {
                answer.ShouldBeError(lengthError);
            }
        }
    }

    private static IEnumerable<(int Length, bool Passes)> Bounds(RequestField field)
    {
        if (field.MinLength is { } min)
        {
            yield return (min, true);
            if (min > 0)
            {
                yield return (min - 1, false);
            }
        }

        if (field.MaxLength is { } max)
        {
            yield return (max, true);
            yield return (max + 1, false);
        }
    }

    // Every other field right: the required ones their examples, the session ones the live session's.
    private static JsonObject Body(ApiOperation operation, Session live) =>
        RequestBodies.For(operation, operation.Body!.Fields.Where(field => field.Session != SessionPart.None).ToDictionary(
            field => field.Name,
            field => (JsonNode?)(field.Session switch
            {
                SessionPart.Username => live.Username,
                SessionPart.Password => live.Password,
                _ => live.Token,
            })));
}
