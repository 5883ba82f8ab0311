using System.Net.Http.Headers;

namespace Lancens.Contracts.Model.Checking;

/// <summary>
/// What the spec promises of every answer of an operation: a status it documents, a JSON Content-Type (media type
/// compared, a charset may follow), a body valid against that status's schema, and for an error one of that status's
/// exact texts; and of the one answer a request expects: that answer's status and, for an error, its text. The
/// contract suite, the benchmark and the proxy all judge answers here.
/// </summary>
public static class ResponseContract
{
    /// <summary>Every way the answer breaks what the spec documents for the operation; empty when it is a documented answer.</summary>
    public static IReadOnlyList<string> Undocumented(ApiOperation operation, ObservedResponse response)
    {
        if (operation.Response(response.Status) is not { } documented)
        {
            return [StatusNotDocumented(operation, response)];
        }

        List<string> problems = [.. BrokenPromises(documented, response)];
        if (documented.Errors.Any() && !documented.Errors.Any(error => error.Message == response.Message))
        {
            problems.Add($"expected one of the texts {response.Status} documents ({string.Join(", ", documented.Errors.Select(error => $"\"{error.Message}\"").Distinct())}), got {Quoted(response.Message)}");
        }

        return problems;
    }

    /// <summary>
    /// Every way the answer differs from <paramref name="expected"/> or breaks the spec; empty when it is the expected
    /// answer. With no expected answer, any documented answer of the operation passes.
    /// </summary>
    public static IReadOnlyList<string> Problems(ApiOperation operation, ObservedResponse response, AnswerKey? expected)
    {
        if (expected is not { } key)
        {
            return Undocumented(operation, response);
        }

        if (operation.Response(response.Status) is not { } documented)
        {
            return [StatusNotDocumented(operation, response)];
        }

        IEnumerable<string?> problems = [StatusMismatch(response, key), .. BrokenPromises(documented, response), MessageMismatch(operation, response, key)];
        return [.. problems.OfType<string>()];
    }

    /// <summary>
    /// How the answer differs from <paramref name="expected"/> alone: its status and, for an error, its exact text; empty
    /// when it is that answer. What the spec promises of every answer is <see cref="Undocumented"/>'s to say, so a caller
    /// that weighs several expected answers against one response validates its body once.
    /// </summary>
    public static IReadOnlyList<string> Mismatches(ApiOperation operation, ObservedResponse response, AnswerKey expected)
    {
        IEnumerable<string?> mismatches = [StatusMismatch(response, expected), MessageMismatch(operation, response, expected)];
        return [.. mismatches.OfType<string>()];
    }

    /// <summary>Whether a Content-Type header names JSON, whatever its parameters.</summary>
    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && string.Equals(parsed.MediaType, MediaTypes.Json, StringComparison.OrdinalIgnoreCase);

    private static string StatusNotDocumented(ApiOperation operation, ObservedResponse response) =>
        $"status {response.Status} is not documented for {operation.Route} (documented: {string.Join(", ", operation.Responses.Select(candidate => candidate.Status))})";

    // What every answer of a documented status must be, whichever answer was expected: JSON, and valid against its schema.
    private static IEnumerable<string> BrokenPromises(DocumentedResponse documented, ObservedResponse response)
    {
        if (!IsJson(response.ContentType))
        {
            yield return $"expected Content-Type {MediaTypes.Json} (a charset may follow), got {response.ContentType ?? "none"}";
        }

        foreach (var problem in documented.Schema.Validate(response.Body))
        {
            yield return $"the body does not fit {documented.Schema.Name}: {problem}";
        }
    }

    private static string? StatusMismatch(ObservedResponse response, AnswerKey expected) =>
        response.Status == expected.Status ? null : $"expected status {expected.Status}, got {response.Status}";

    private static string? MessageMismatch(ApiOperation operation, ObservedResponse response, AnswerKey expected) =>
        ExpectedMessage(operation, expected) is { } message && response.Message != message ? $"expected the message \"{message}\", got {Quoted(response.Message)}" : null;

    // The exact text an expected error answers; null for a success.
    private static string? ExpectedMessage(ApiOperation operation, AnswerKey expected) =>
        operation.Response(expected.Status) is { } response
            ? response.Examples.FirstOrDefault(example => example.Name == expected.ExampleName)?.Error?.Message
            : null;

    private static string Quoted(string? message) => message is null ? "no message" : $"\"{message}\"";
}
