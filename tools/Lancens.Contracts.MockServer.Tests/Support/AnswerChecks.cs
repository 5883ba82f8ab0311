using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Support;

/// <summary>
/// Whether an answer is one the spec documents, read from the model: for an operation, a status it documents, a JSON
/// body that fits that status's schema and, for an error, one of that status's documented texts; for an unknown route
/// or a request refused before routing, the spec extension's status and text. Null when it is; otherwise why not.
/// </summary>
internal static class AnswerChecks
{
    private static ApiSpecification Spec => TestSpec.Spec;

    public static string? Documented(ApiOperation operation, ApiAnswer answer)
    {
        if (answer.MediaType != MediaTypes.Json)
        {
            return $"{operation.Id}: media type {answer.MediaType ?? "(none)"}, not {MediaTypes.Json}: {answer}";
        }

        if (operation.Response(answer.Status) is not { } response)
        {
            return $"{operation.Id}: status {answer.Status} is not documented: {answer}";
        }

        var invalid = response.Schema.Validate(answer.Body);
        if (invalid.Count > 0)
        {
            return $"{operation.Id}: the {answer.Status} body does not fit {response.Schema.Name} ({string.Join("; ", invalid)}): {answer}";
        }

        return response.IsSuccess || response.Examples.Any(example => example.Message == answer.Message)
            ? null
            : $"{operation.Id}: '{answer.Message}' is not a documented {answer.Status} text: {answer}";
    }

    public static string? UnknownRoute(ApiAnswer answer) =>
        Message(answer, Spec.UnknownRoute.Status, Spec.UnknownRoute.Message, "x-lancens-unknown-route");

    public static string? RequestRefused(ApiAnswer answer) =>
        Message(answer, Spec.RequestLimits.Status, Spec.RequestLimits.Message, "x-lancens-request-limits");

    /// <summary>Exactly the documented error: its status, the JSON media type and its exact text.</summary>
    public static void ShouldBeError(this ApiAnswer answer, DocumentedError error) =>
        (answer.Status, answer.MediaType, answer.Message).ShouldBe((error.Status, MediaTypes.Json, error.Message), answer.ToString());

    public static void ShouldBeSuccess(this ApiAnswer answer, ApiOperation operation)
    {
        answer.Status.ShouldBe(operation.Success.Status, $"{operation.Id}: {answer}");
        Documented(operation, answer).ShouldBeNull();
    }

    private static string? Message(ApiAnswer answer, int status, string message, string rule) =>
        (answer.Status, answer.MediaType, answer.Message) == (status, MediaTypes.Json, message)
            ? null
            : $"{rule} is {status} {{\"message\": \"{message}\"}}, the answer was {answer}";
}
