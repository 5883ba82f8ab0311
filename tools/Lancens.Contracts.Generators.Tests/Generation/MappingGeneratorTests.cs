using System.Text.Json.Nodes;
using Lancens.Contracts.Generators.Mappings;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Generators.Tests.Generation;

public sealed class MappingGeneratorTests
{
    private static readonly IReadOnlyList<JsonObject> Stubs =
        [.. MappingGenerator.Generate(RepositorySpec.Specification).SelectMany(file => JsonNode.Parse(file.Content)!["mappings"]!.AsArray()).Select(stub => stub!.AsObject())];

    [Fact]
    public void Generate_EveryDocumentedResponse_HasAStubThatAnswersIt()
    {
        var answered = Stubs.SelectMany(stub => OperationsOf(stub).Select(operation => $"{operation} {stub["metadata"]!["answers"]}"))
            .ToHashSet();
        var documented = RepositorySpec.Specification.DocumentedResponses.Select(answer => answer.Key.ToString());

        documented.Where(pair => !answered.Contains(pair)).ShouldBeEmpty();
    }

    [Fact]
    public void Generate_StubIdsAndNames_AreUniqueUuids()
    {
        // WireMock refuses to start on a duplicate or non-UUID id.
        Stubs.Select(stub => (string)stub["id"]!).ShouldBeUnique();
        Stubs.Select(stub => (string)stub["name"]!).ShouldBeUnique();
        Stubs.Select(stub => (string)stub["id"]!).Where(id => !Guid.TryParse(id, out var _) || id != id.ToLowerInvariant()).ShouldBeEmpty();
    }

    [Fact]
    public void Generate_EveryJsonSchemaMatcher_RequiresAnObjectAtItsRoot()
    {
        // Without "type": "object" WireMock validates an unparseable body as a JSON string, and "required" then matches garbage.
        var schemas = Stubs.SelectMany(stub => stub["request"]!["bodyPatterns"]?.AsArray() ?? [])
            .Select(pattern => pattern!["matchesJsonSchema"]).ToList();

        schemas.ShouldNotBeEmpty();
        schemas.ShouldAllBe(schema => schema != null && (string?)schema["type"] == "object");
    }

    [Fact]
    public void Generate_NaturalChecks_FollowTheSpecsValidationOrder()
    {
        var register = Stubs.Where(stub => OperationsOf(stub).Contains("registerRingPushToken") && IsRequestCheck(stub)).ToList();
        int PriorityOf(string answers) => (int)register.Single(stub => (string?)stub["metadata"]!["answers"] == answers)["priority"]!;

        PriorityOf("401 no_token").ShouldBeLessThan(PriorityOf("401 invalid_token"));
        PriorityOf("401 invalid_token").ShouldBeLessThan(PriorityOf("400 undefined_push_token"));
        PriorityOf("400 undefined_push_token").ShouldBeLessThan(PriorityOf("400 undefined_language"));
        PriorityOf("400 undefined_language").ShouldBeLessThan(PriorityOf("400 push_token_format_error"));
        PriorityOf("400 phone_model_format_error").ShouldBeLessThan(PriorityOf("400 push_token_length_error"));
        PriorityOf("400 language_length_error").ShouldBeLessThan(PriorityOf("400 dev_error"));
        PriorityOf("400 dev_error").ShouldBeLessThan(PriorityOf("400 paramer_error"));
    }

    [Fact]
    public void Generate_EachOperationsChecks_HaveDistinctPriorities()
    {
        // Between equal priorities WireMock picks by file load order, which is not stable.
        var checks = Stubs.Where(stub => IsRequestCheck(stub) && stub["requiredScenarioState"] is null);

        checks.SelectMany(stub => OperationsOf(stub).Select(operation => (operation, stub)))
            .GroupBy(pair => (pair.operation, (int)pair.stub["priority"]!))
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ShouldBeEmpty();
    }

    [Fact]
    public void Generate_StubsBeforeTheControlTier_RequireBothControlHeadersAbsent()
    {
        // Otherwise a request carrying a control header could be answered by a normal stub.
        var normal = Stubs.Where(IsRequestCheck).ToList();

        normal.ShouldNotBeEmpty();
        normal.ShouldAllBe(stub =>
            (bool?)stub["request"]!["headers"]![MockControl.ErrorHeader]!["absent"] == true
            && (bool?)stub["request"]!["headers"]![MockControl.FaultHeader]!["absent"] == true);
    }

    [Fact]
    public void Generate_AValidBody_MeetsItsAnswerBeforeAnyBodyCheck()
    {
        // WireMock tries stubs in priority order across all URLs: the order is also the cost of a request.
        var register = Stubs.Where(stub => OperationsOf(stub).Contains("registerRingPushToken") && IsRequestCheck(stub)).ToList();
        var success = register.Where(stub => (string?)stub["metadata"]!["answers"] == "201 success").Select(stub => (int)stub["priority"]!).ToList();
        var bodyChecks = register.Where(stub => ((string?)stub["metadata"]!["answers"])!.StartsWith("400", StringComparison.Ordinal)).Select(stub => (int)stub["priority"]!).ToList();

        success.ShouldNotBeEmpty();
        success.Max().ShouldBeLessThan(bodyChecks.Min());
    }

    [Fact]
    public void Generate_TokenChecks_AreSharedByTheOperationsOfEachMethod()
    {
        // Every request walks the token checks, so they are one stub per method and check, not one per operation.
        var headerOperations = RepositorySpec.Specification.Operations.Where(operation => operation.Token == Model.TokenPlacement.Header).ToList();
        var tokenChecks = Stubs.Where(stub => (int)stub["priority"]! is StubPrecedence.NoToken or StubPrecedence.LoggedOut).ToList();

        tokenChecks.Count.ShouldBe(2 * headerOperations.Select(operation => operation.Method).Distinct().Count());
        tokenChecks.SelectMany(OperationsOf).Distinct().Count().ShouldBe(headerOperations.Count);
    }

    private static bool IsRequestCheck(JsonObject stub) => (int)stub["priority"]! is >= StubPrecedence.NoToken and <= StubPrecedence.BodyNotAnObject;

    private static IEnumerable<string> OperationsOf(JsonObject stub) =>
        stub["metadata"]?["operation"] is { } single
            ? [(string)single!]
            : stub["metadata"]?["operations"]?.AsArray().Select(operation => (string)operation!) ?? [];
}
