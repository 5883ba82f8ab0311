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
    public static IReadOnlyList<string> Undocumented(ApiOperation operation, ObservedResponse response) =>
        Problems(operation, response, expected: null);

    /// <summary>
    /// Every way the answer differs from <paramref name="expected"/> or breaks the spec; empty when it is the expected
    /// answer. With no expected answer, any documented answer of the operation passes.
    /// </summary>
    public static IReadOnlyList<string> Problems(ApiOperation operation, ObservedResponse response, AnswerKey? expected)
    {
        var documented = operation.Response(response.Status);
        if (documented is null)
        {
            return [$"status {response.Status} is not documented for {operation.Route} (documented: {string.Join(", ", operation.Responses.Select(candidate => candidate.Status))})"];
        }

        var problems = new List<string>();
        if (expected is { } key && response.Status != key.Status)
        {
            problems.Add($"expected status {key.Status}, got {response.Status}");
        }

        if (!IsJson(response.ContentType))
        {
            problems.Add($"expected Content-Type {MediaTypes.Json} (a charset may follow), got {response.ContentType ?? "none"}");
        }

        problems.AddRange(documented.Schema.Validate(response.Body).Select(problem => $"the body does not fit {documented.Schema.Name}: {problem}"));
        if (ExpectedMessage(operation, expected) is { } message && response.Message != message)
        {
            problems.Add($"expected the message \"{message}\", got {Quoted(response.Message)}");
        }
        else if (expected is null && documented.Errors.Any() && !documented.Errors.Any(error => error.Message == response.Message))
        {
            problems.Add($"expected one of the texts {response.Status} documents ({string.Join(", ", documented.Errors.Select(error => $"\"{error.Message}\"").Distinct())}), got {Quoted(response.Message)}");
        }

        return problems;
    }

    /// <summary>
    /// How the answer differs from <paramref name="expected"/> alone: its status and, for an error, its exact text; empty
    /// when it is that answer. What the spec promises of every answer is <see cref="Undocumented"/>'s to say, so a caller
    /// that weighs several expected answers against one response validates its body once.
    /// </summary>
    public static IReadOnlyList<string> Mismatches(ApiOperation operation, ObservedResponse response, AnswerKey expected)
    {
        var mismatches = new List<string>();
        if (response.Status != expected.Status)
        {
            mismatches.Add($"expected status {expected.Status}, got {response.Status}");
        }

        if (ExpectedMessage(operation, expected) is { } message && response.Message != message)
        {
            mismatches.Add($"expected the message \"{message}\", got {Quoted(response.Message)}");
        }

        return mismatches;
    }

    /// <summary>Whether a Content-Type header names JSON, whatever its parameters.</summary>
    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && string.Equals(parsed.MediaType, MediaTypes.Json, StringComparison.OrdinalIgnoreCase);

    // The exact text an expected error answers; null for a success.
    private static string? ExpectedMessage(ApiOperation operation, AnswerKey? expected) =>
        expected is { } key && operation.Response(key.Status) is { } response
            ? response.Examples.FirstOrDefault(example => example.Name == key.ExampleName)?.Error?.Message
            : null;

    private static string Quoted(string? message) => message is null ? "no message" : $"\"{message}\"";
}
