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
    public void EveryNaturalError_HasANaturalScenario(string operationId)
    {
        var operation = Spec.Operation(operationId);
        var natural = Scenarios.Where(scenario => scenario.Operation == operation && scenario.Kind == CheckKind.Natural).Select(scenario => scenario.Expected.Answer).ToHashSet();

        operation.NaturalErrors.Select(error => operation.Answer(error).Key).Where(key => !natural.Contains(key)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void NaturalErrorScenarios_BreakExactlyTheRuleOfTheirError(string operationId)
    {
        var operation = Spec.Operation(operationId);
        var order = operation.NaturalErrors.ToList();
        var scenarios = Scenarios.Where(scenario => scenario.Operation == operation && scenario.Kind == CheckKind.Natural).ToList();

        scenarios.ShouldNotBeEmpty();
        foreach (var scenario in scenarios)
        {
            var error = order.Single(candidate => operation.Answer(candidate).Key == scenario.Expected.Answer);
            var broken = RequestInspector.Breaks(Spec, operation, scenario.Request);

            // The error's own rule is broken, and anything else broken is a look-up the host only does after it.
            broken.ShouldContain((error.Category, error.Field), scenario.Sentence);
            broken.Where(rule => rule != (error.Category, error.Field))
                .ShouldAllBe(rule => IsLookUp(rule.Category) && Rank(order, rule) > order.IndexOf(error), scenario.Sentence);
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
            var ranks = broken.Select(rule => Rank(order, rule)).ToList();

            ranks.ShouldAllBe(rank => rank >= 0, scenario.Sentence);
            // Two faults, unless the first is a body that is not JSON, which hides the field fault inside it.
            (broken.Count >= 2 || broken.Contains((ErrorCategory.Internal, null))).ShouldBeTrue(scenario.Sentence);
            operation.Answer(order[ranks.Min()]).Key.ShouldBe(scenario.Expected.Answer, scenario.Sentence);
        }
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void SuccessScenarios_BreakNoRule(string operationId)
    {
        var operation = Spec.Operation(operationId);
        var success = Scenarios.Where(scenario => scenario.Operation == operation && scenario.Expected.IsSuccess).ToList();

        success.ShouldNotBeEmpty();
        foreach (var scenario in success)
        {
            // A made-up account is one the scenario logs in as first, so it opens a session there.
            var expected = scenario.Account is null || operation.Effect.Action != EffectAction.Login ? [] : new[] { (ErrorCategory.Credentials, (string?)null) };
            RequestInspector.Breaks(Spec, operation, scenario.Request).ShouldBe(expected, scenario.Sentence);
            if (scenario.Account is { } account)
            {
                var usernameField = operation.Body!.Fields.Single(field => field.Session == SessionPart.Username).Name;
                BodyValue(scenario, usernameField).ShouldBe(account.Username, scenario.Sentence);
            }
        }
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
        var needing = Scenarios.Where(scenario => scenario.Given.Registered is not null).ToList();

        needing.ShouldNotBeEmpty();
        needing.ShouldAllBe(scenario => scenario.Operation.Effect.NeedsRegistration);
        needing.Where(scenario => scenario.Operation.PathParameters.Count > 0)
            .ShouldAllBe(scenario => scenario.Request.Path.EndsWith("/" + Uri.EscapeDataString(scenario.Given.Registered!.PushToken), StringComparison.Ordinal));
    }

    [Fact]
    public void Needs_SayWhatATargetMustDoToAnswer()
    {
        Scenarios.Where(scenario => scenario.Kind == CheckKind.Forced).ShouldAllBe(scenario => scenario.Needs == TargetNeeds.ControlHeaders);
        Scenarios.Where(scenario => scenario.Kind == CheckKind.Natural && scenario.Facets.Category == ErrorCategory.InvalidToken)
            .ShouldAllBe(scenario => scenario.Needs.HasFlag(TargetNeeds.IssuedTokens));
        Scenarios.Where(scenario => scenario.Kind == CheckKind.Natural && scenario.Facets.Category == ErrorCategory.Credentials)
            .ShouldAllBe(scenario => scenario.Needs.HasFlag(TargetNeeds.KnownAccounts));
        Scenarios.Where(scenario => scenario.Account is not null).ShouldAllBe(scenario => scenario.Needs.HasFlag(TargetNeeds.MadeUpAccounts));
        Scenarios.Where(scenario => scenario.Kind is CheckKind.Natural or CheckKind.Success && scenario.Account is null && scenario.Facets.Category is not (ErrorCategory.InvalidToken or ErrorCategory.Credentials))
            .ShouldAllBe(scenario => scenario.Needs == TargetNeeds.None);
    }

    [Fact]
    public void StateScenarios_ClearTheirResourceFirst_AndExpectItsStateError()
    {
        var state = Scenarios.Where(scenario => scenario.Kind == CheckKind.State).ToList();

        state.Select(scenario => scenario.Operation.Id).ShouldBe(
            Spec.Operations.Where(operation => operation.Errors.Any(error => error.Trigger == ErrorTrigger.State)).Select(operation => operation.Id), ignoreOrder: true);
        state.ShouldAllBe(scenario => scenario.Given.Cleared == scenario.Operation.Effect.Resource && scenario.Given.Registered == null);
    }

    [Fact]
    public void LimitScenarios_SendAValidBodyPastTheSpecsLimit()
    {
        var limit = Spec.RequestLimits.MaxBodyBytes;
        var scenarios = Scenarios.Where(scenario => scenario.Kind == CheckKind.Limit).ToList();

        scenarios.Count.ShouldBe(Spec.Operations.Count(operation => operation.Body is not null));
        foreach (var scenario in scenarios)
        {
            System.Text.Encoding.UTF8.GetByteCount(scenario.Request.Body!).ShouldBeGreaterThan(limit);
            RequestInspector.Breaks(Spec, scenario.Operation, scenario.Request).Where(rule => rule.Category is not (ErrorCategory.InvalidToken or ErrorCategory.Credentials))
                .ShouldBeEmpty(scenario.Sentence);
        }
    }

    private static bool IsPrecedence(ContractScenario scenario) => scenario.Kind == CheckKind.Precedence;

    // Looking a token or an account up happens after the checks of the request's own shape.
    private static bool IsLookUp(ErrorCategory category) => category is ErrorCategory.InvalidToken or ErrorCategory.Credentials;

    private static int Rank(List<DocumentedError> order, (ErrorCategory Category, string? Field) rule) =>
        order.FindIndex(error => error.Category == rule.Category && error.Field == rule.Field);

    private static string BodyValue(ContractScenario scenario, string field) =>
        System.Text.Json.JsonDocument.Parse(scenario.Request.Body!).RootElement.GetProperty(field).GetString()!;

    private static string Characters(int count) => count == 1 ? "1 character" : $"{count} characters";

    private static string Describe(ContractScenario scenario) => $"{scenario.Id} {scenario.Request.Path} {scenario.Request.Body}";
}
