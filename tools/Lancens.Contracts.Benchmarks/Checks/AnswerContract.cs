using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Benchmarks.Checks;

/// <summary>What the spec promises of every answer of an operation, and of the one answer a request expects.</summary>
internal static class AnswerContract
{
    /// <summary>
    /// Why the answer is not one the spec documents for the operation: a status it does not document, another media type
    /// than JSON (a charset may follow), or a body that breaks that status's schema. Empty when it is documented.
    /// </summary>
    public static IReadOnlyList<string> Undocumented(ApiOperation operation, int status, string? contentType, string body)
    {
        var documented = operation.Response(status);
        if (documented is null)
        {
            return [$"status {status} is not documented for {operation.Route}"];
        }

        var problems = new List<string>();
        if (!IsJson(contentType))
        {
            problems.Add($"Content-Type {contentType ?? "none"} is not {MediaTypes.Json}");
        }

        problems.AddRange(documented.Schema.Validate(body).Select(problem => $"the body does not fit {documented.Schema.Name}: {problem}"));
        return problems;
    }

    /// <summary>Why a documented answer is not the expected one: another status, or for an error another body than its documented example.</summary>
    /// <returns>Null when it is the expected answer.</returns>
    public static string? NotExpected(ApiOperation operation, ExpectedResponse expected, int status, string body)
    {
        if (status != expected.Status)
        {
            return $"status {status}, not {expected.Status}";
        }

        if (expected.IsSuccess)
        {
            return null;
        }

        var example = operation.Response(status)!.Example(expected.ExampleName).Json;
        return SameJson(example, body) ? null : $"{body}, not the documented {example}";
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && string.Equals(parsed.MediaType, MediaTypes.Json, StringComparison.OrdinalIgnoreCase);

    private static bool SameJson(string expected, string actual)
    {
        try
        {
            return JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual));
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
