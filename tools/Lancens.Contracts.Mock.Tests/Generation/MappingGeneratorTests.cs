using System.Text.Json.Nodes;
using Lancens.Contracts.Mock.Mappings;

namespace Lancens.Contracts.Mock.Tests.Generation;

public sealed class MappingGeneratorTests
{
    private static readonly IReadOnlyList<JsonObject> Stubs =
        [.. MappingGenerator.Generate(TestRepository.Specification).SelectMany(file => JsonNode.Parse(file.Content)!["mappings"]!.AsArray()).Select(stub => stub!.AsObject())];

    [Fact]
    public void Generate_Twice_GivesIdenticalFiles()
    {
        MappingGenerator.Generate(TestRepository.Specification).ShouldBe(MappingGenerator.Generate(TestRepository.Specification));
    }

    [Fact]
    public void Generate_EveryDocumentedResponse_HasAStubThatAnswersIt()
    {
        var answered = Stubs.Where(stub => stub["metadata"]?["operation"] is not null)
            .Select(stub => $"{stub["metadata"]!["operation"]} {stub["metadata"]!["answers"]}")
            .ToHashSet();
        var documented = TestRepository.Specification.Operations
            .SelectMany(operation => operation.Responses.SelectMany(response => response.Examples.Select(example => $"{operation.Id} {response.Status} {example.Name}")));

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
        var register = Stubs.Where(stub => (string?)stub["metadata"]?["operation"] == "registerRingPushToken" && (int)stub["priority"]! >= 10).ToList();
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
        var checks = Stubs.Where(stub => stub["metadata"]?["operation"] is not null && (int)stub["priority"]! >= 10 && stub["requiredScenarioState"] is null);

        checks.GroupBy(stub => ((string)stub["metadata"]!["operation"]!, (int)stub["priority"]!))
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ShouldBeEmpty();
    }
}
