using System.Text.Json.Nodes;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Generators.Mappings;

/// <summary>
/// The header-token checks (no token, then a logged-out session) of every operation that reads the token
/// header, one stub per method for all its paths: every request walks this tier, so fewer stubs here is
/// throughput everywhere. Operations fold together only when they document the same answer.
/// </summary>
internal static class TokenCheckMappings
{
    public static IEnumerable<StubMapping> All(ApiSpecification spec)
    {
        var headerOperations = spec.Operations.Where(operation => operation.Token == TokenPlacement.Header).ToList();
        foreach (var group in headerOperations.GroupBy(operation => operation.Method.Method))
        {
            yield return Fold(group.ToList(), ErrorCategory.NoToken, StubPrecedence.NoToken, "the token header is absent or blank", requiredState: null,
                headers: new Dictionary<string, JsonObject>
                {
                    [spec.TokenHeader] = new JsonObject { ["or"] = new JsonArray(new JsonObject { ["absent"] = true }, new JsonObject { ["matches"] = "\\s*" }) },
                });
            yield return Fold(group.ToList(), ErrorCategory.InvalidToken, StubPrecedence.LoggedOut, SessionScenario.LoggedOutCondition, SessionScenario.LoggedOut, headers: null);
        }
    }

    private static StubMapping Fold(
        IReadOnlyList<ApiOperation> operations,
        ErrorCategory category,
        int priority,
        string when,
        string? requiredState,
        Dictionary<string, JsonObject>? headers)
    {
        var errors = operations.Select(operation => (operation, error: operation.Error(category))).ToList();
        var response = ResponseBodies.Error(errors[0].operation, errors[0].error);
        var (status, example) = (errors[0].error.Status, errors[0].error.ExampleName);
        var different = errors.FirstOrDefault(pair => pair.error.Status != status || pair.error.Message != errors[0].error.Message);
        if (different.operation is not null)
        {
            throw new InvalidOperationException($"{different.operation.Id} answers {SpecWords.Of(category)} unlike {errors[0].operation.Id}; the token checks cannot be shared");
        }

        var method = operations[0].Method.Method;
        var name = $"token check | {method} | {status} {example} | {when}";
        return new StubMapping
        {
            Id = StubIds.For(name).ToString("D"),
            Name = name,
            Priority = priority,
            Request = new RequestPattern
            {
                Method = method,
                UrlPathPattern = $"(?:{string.Join('|', operations.Select(operation => operation.PathPattern))})",
                Headers = StubFactory.WithoutControlHeaders(headers),
            },
            Response = response,
            ScenarioName = requiredState is null ? null : SessionScenario.ScenarioName,
            RequiredScenarioState = requiredState,
            Metadata = new JsonObject
            {
                ["operations"] = new JsonArray([.. operations.Select(operation => (JsonNode)operation.Id)]),
                ["answers"] = $"{status} {example}",
                ["when"] = when,
            },
        };
    }
}
