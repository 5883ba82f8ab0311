using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios.Tests;

/// <summary>Scenario building on its own, without any server: each scenario's request really is what its sentence says.</summary>
public sealed class ScenarioCatalogTests
{
    private static readonly ApiSpecification Spec = TestSpec.Specification;
    private static readonly IReadOnlyList<ContractScenario> Scenarios = TestSpec.Scenarios;

    public static TheoryData<string> OperationIds => [.. Spec.Operations.Select(operation => operation.Id)];

    [Fact]
    public void For_TheSameSeed_GivesTheSameScenarios()
    {
        var again = ScenarioCatalog.For(Spec, TestSpec.Seed);

        again.Select(Describe).ShouldBe(Scenarios.Select(Describe));
    }

    [Fact]
    public void For_AnotherSeed_MakesUpOtherValues()
    {
        var other = ScenarioCatalog.For(Spec, TestSpec.Seed + 1);

        other.Select(scenario => scenario.Id).ShouldBe(Scenarios.Select(scenario => scenario.Id));
        other.Select(Describe).Count(Scenarios.Select(Describe).Contains).ShouldBeLessThan(Scenarios.Count);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void EveryNaturalError_HasAScenarioThatRunsOnTheRealHost(string operationId)
    {
        var operation = Spec.Operation(operationId);
        var natural = Scenarios.Where(scenario => scenario.Operation == operation && scenario.MockOnlyReason is null).Select(scenario => scenario.Expected.Answer).ToHashSet();

        operation.NaturalErrors.Select(error => operation.Answer(error).Key).Where(key => !natural.Contains(key)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void NaturalErrorScenarios_BreakExactlyTheRuleOfTheirError(string operationId)
    {
        var operation = Spec.Operation(operationId);
        var natural = operation.NaturalErrors.Select(error => operation.Answer(error).Key).ToHashSet();
        var scenarios = Scenarios.Where(scenario => scenario.Operation == operation && scenario.MockOnlyReason is null && natural.Contains(scenario.Expected.Answer)
            && !IsPrecedence(scenario)).ToList();

        scenarios.ShouldNotBeEmpty();
        foreach (var scenario in scenarios)
        {
            var error = operation.Errors.Single(candidate => operation.Answer(candidate).Key == scenario.Expected.Answer);
            RequestInspector.Breaks(Spec, operation, scenario.Request).ShouldBe([(error.Category, error.Field)], scenario.Sentence);
        }
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void PrecedenceScenarios_BreakTwoRules_AndExpectTheOneCheckedFirst(string operationId)
    {
        var operation = Spec.Operation(operationId);
        var precedence = Scenarios.Where(scenario => scenario.Operation == operation && IsPrecedence(scenario)).ToList();
        var order = operation.NaturalErrors.ToList();

        precedence.Count.ShouldBe(Math.Max(0, order.Count - 1) - order.Zip(order.Skip(1)).Count(pair => pair.First.Field is not null && pair.First.Field == pair.Second.Field));
        foreach (var scenario in precedence)
        {
            var broken = RequestInspector.Breaks(Spec, operation, scenario.Request);
            if (broken.Any(rule => rule.Category == ErrorCategory.Internal))
            {
                // A body that is not JSON hides the field fault inside it: the broken body must be what is checked first.
                broken.Where(rule => rule.Category != ErrorCategory.NoToken).ShouldBe([(ErrorCategory.Internal, (string?)null)], scenario.Sentence);
                scenario.Expected.Answer.ShouldBe(operation.Answer(order.First(error => error.Category is ErrorCategory.Internal or ErrorCategory.NoToken && broken.Contains((error.Category, error.Field)))).Key);
                continue;
            }

            var ranked = broken.Select(rule => order.FindIndex(error => error.Category == rule.Category && error.Field == rule.Field)).ToList();

            ranked.Count.ShouldBe(2, scenario.Sentence);
            ranked.ShouldAllBe(rank => rank >= 0);
            operation.Answer(order[ranked.Min()]).Key.ShouldBe(scenario.Expected.Answer, scenario.Sentence);
        }
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void SuccessScenarios_BreakNoRule(string operationId)
    {
        var operation = Spec.Operation(operationId);
        var success = Scenarios.Where(scenario => scenario.Operation == operation && scenario.Expected.IsSuccess).ToList();

        success.ShouldNotBeEmpty();
        success.ShouldAllBe(scenario => RequestInspector.Breaks(Spec, operation, scenario.Request).Count == 0);
    }

    [Fact]
    public void BoundaryScenarios_SendEveryLengthLimitExactly()
    {
        var register = Spec.Operation("registerRingPushToken");
        var key = Spec.RegistrationKeyField("ring");

        foreach (var limit in new[] { key.MinLength!.Value, key.MaxLength!.Value })
        {
            var scenario = Scenarios.Single(candidate => candidate.Operation == register && candidate.Expected.IsSuccess && candidate.Condition == $"{key.Name} of {Characters(limit)}");
            RequestField.LengthOf(BodyValue(scenario, key.Name)).ShouldBe(limit);
        }

        var unicode = Scenarios.Single(candidate => candidate.Operation == register && candidate.Id.Contains("UnicodeCharacters", StringComparison.Ordinal)
            && candidate.Condition.StartsWith(key.Name + " ", StringComparison.Ordinal));
        var value = BodyValue(unicode, key.Name);
        RequestField.LengthOf(value).ShouldBe(key.MaxLength!.Value);
        value.Length.ShouldBeGreaterThan(key.MaxLength!.Value, "some characters lie outside the BMP, so UTF-16 counts more");
    }

    [Fact]
    public void ValidRequests_SendTheSpecsExamples()
    {
        var register = Spec.Operation("registerMessagePushToken");
        var valid = Scenarios.Single(scenario => scenario.Operation == register && scenario.Id.Contains("_ValidRequest_", StringComparison.Ordinal));

        foreach (var field in register.Body!.Fields.Where(field => field.Type == FieldType.String))
        {
            BodyValue(valid, field.Name).ShouldBe(field.Example!.Value.GetString(), field.Name);
        }
    }

    [Fact]
    public void RealClientScenarios_SendWhatTheSpecSaysRealClientsSend()
    {
        var client = Spec.RealClient;
        var scenarios = Scenarios.Where(scenario => scenario.Id.Contains("_RealClientRequest_", StringComparison.Ordinal)).ToList();

        scenarios.Count.ShouldBe(Spec.Operations.Count(operation => operation.Token == TokenPlacement.Header && operation.Body is not null));
        foreach (var scenario in scenarios)
        {
            scenario.Request.ContentType.ShouldBe(client.ContentType);
            scenario.Request.Headers.ShouldContain(header => header.Key == client.TokenHeader);
            client.ExtraFields.Keys.ShouldAllBe(name => scenario.Request.Body!.Contains($"\"{name}\":", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ScenariosThatNeedARegistration_NameItsKeyAsTheirSerial()
    {
        var needing = Scenarios.Where(scenario => scenario.Requires is not null).ToList();

        needing.ShouldNotBeEmpty();
        needing.ShouldAllBe(scenario => scenario.Operation.Effect.NeedsRegistration);
        needing.Where(scenario => scenario.Operation.PathParameters.Count > 0)
            .ShouldAllBe(scenario => scenario.Request.Path.EndsWith("/" + Uri.EscapeDataString(scenario.Requires!.PushToken), StringComparison.Ordinal));
    }

    private static bool IsPrecedence(ContractScenario scenario) =>
        !scenario.Expected.IsSuccess && scenario.MockOnlyReason is null && scenario.Condition.Contains(" and ", StringComparison.Ordinal);

    private static string BodyValue(ContractScenario scenario, string field) =>
        System.Text.Json.JsonDocument.Parse(scenario.Request.Body!).RootElement.GetProperty(field).GetString()!;

    private static string Characters(int count) => count == 1 ? "1 character" : $"{count} characters";

    private static string Describe(ContractScenario scenario) => $"{scenario.Id} {scenario.Request.Path} {scenario.Request.Body}";
}
