using System.Text.Json;

namespace Lancens.Contracts.Model.Tests;

/// <summary>The spec is internally consistent: examples fit their schemas, metadata fits its operation, assumptions name real operations.</summary>
public sealed class SpecificationIntegrityTests
{
    private static readonly ApiSpecification Spec = RepositorySpec.Specification;

    public static TheoryData<string> OperationIds => [.. Spec.Operations.Select(operation => operation.Id)];

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void EveryExample_ValidatesAgainstItsResponseSchema(string operationId)
    {
        var invalid = Spec.Operation(operationId).Responses
            .SelectMany(response => response.Examples.Select(example => (response, example, problems: response.Schema.Validate(example.Json))))
            .Where(result => result.problems.Count > 0)
            .Select(result => $"{result.response.Status} {result.example.Name}: {string.Join("; ", result.problems)}")
            .ToList();

        invalid.ShouldBeEmpty();
    }

    [Fact]
    public void ResponseSchema_BodyOfTheWrongShape_IsReported()
    {
        var errorSchema = Spec.Operation("login").Response(400)!.Schema;

        errorSchema.Validate("""{"message": 42}""").ShouldNotBeEmpty();
        errorSchema.Validate("""{"msg": "x"}""").ShouldNotBeEmpty();
        errorSchema.Validate("<html>").ShouldHaveSingleItem().ShouldContain("not JSON");
        errorSchema.Validate("""{"message": "undefined username", "extra": 1}""").ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void EveryErrorResponse_DescribesEachExampleAsADocumentedError(string operationId)
    {
        foreach (var response in Spec.Operation(operationId).Responses.Where(response => !response.IsSuccess))
        {
            response.Examples.ShouldAllBe(example => example.Error != null && example.Error.Message == example.Message);
            response.Errors.ShouldAllBe(error => error.Status == response.Status && error.OperationId == operationId);
        }
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void EveryNaturalError_NamesWhereTheRequestGoesWrong(string operationId)
    {
        var operation = Spec.Operation(operationId);
        foreach (var error in operation.Errors.Where(error => error.Trigger == ErrorTrigger.Natural))
        {
            error.In.ShouldNotBeNull(error.ToString());
            if (error.In == ParameterLocation.Header)
            {
                (error.Field, operation.Token).ShouldBe((Spec.TokenHeader, TokenPlacement.Header));
                error.Category.ShouldBeOneOf(ErrorCategory.NoToken, ErrorCategory.InvalidToken);
            }
            else if (error.Field is null)
            {
                error.Category.ShouldBeOneOf(ErrorCategory.Internal, ErrorCategory.Credentials);
            }
            else
            {
                operation.Body.ShouldNotBeNull().Fields.Select(field => field.Name).ShouldContain(error.Field);
            }

            Spec.ValidationOrder.ShouldContain(error.Category);
        }
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void EveryForcedAndStateError_SaysWhenItHappens(string operationId)
    {
        foreach (var error in Spec.Operation(operationId).Errors.Where(error => error.Trigger is ErrorTrigger.Forced or ErrorTrigger.State))
        {
            (error.In, error.Field).ShouldBe((null, null), error.ToString());
            error.Condition.ShouldNotBeNullOrWhiteSpace(error.ToString());
        }
    }

    [Fact]
    public void EveryTokenOperation_DocumentsAMissingAndAnUnknownTokenAsNatural()
    {
        foreach (var operation in Spec.Operations.Where(operation => operation.Token == TokenPlacement.Header))
        {
            operation.Error(ErrorCategory.NoToken).Trigger.ShouldBe(ErrorTrigger.Natural, operation.Id);
            operation.Error(ErrorCategory.InvalidToken).Trigger.ShouldBe(ErrorTrigger.Natural, operation.Id);
        }

        Spec.OperationFor(EffectAction.Logout).Error(ErrorCategory.InvalidToken).In.ShouldBe(ParameterLocation.Body);
    }

    [Fact]
    public void EveryQueryUpdateAndDelete_AnswersNoDataFromState()
    {
        foreach (var operation in Spec.Operations.Where(operation => operation.Effect.NeedsRegistration))
        {
            operation.Error(ErrorCategory.NoData).Trigger.ShouldBe(ErrorTrigger.State, operation.Id);
        }
    }

    [Fact]
    public void EveryAssumption_NamesOperationsThatExist()
    {
        var ids = Spec.Operations.Select(operation => operation.Id).ToHashSet();
        foreach (var assumption in Spec.Assumptions)
        {
            assumption.Operations.ShouldNotBeEmpty(assumption.Id);
            assumption.Operations.Where(id => !ids.Contains(id)).ShouldBeEmpty(assumption.Id);
            new[] { assumption.Decision, assumption.Evidence, assumption.Check }.ShouldAllBe(text => !string.IsNullOrWhiteSpace(text));
            assumption.VerifiedBy.ShouldNotBeEmpty(assumption.Id);
        }

        Spec.Assumptions.Select(assumption => assumption.Id).ShouldBeUnique();
    }

    [Fact]
    public void Assumptions_CoverWhatTheDocumentsLeaveOpen()
    {
        // API-NOTES lists what the docs leave open; each must be decided in the spec.
        Spec.Assumptions.Select(assumption => assumption.Id).ShouldContain("status-per-category");
        Spec.Assumptions.Select(assumption => assumption.Id).ShouldContain("query-when-empty");
        Spec.Assumptions.Select(assumption => assumption.Id).ShouldContain("serial-identifies-registration");
        Spec.Assumptions.Select(assumption => assumption.Id).ShouldContain("push-token-length");
        Spec.Assumptions.Select(assumption => assumption.Id).ShouldContain("validation-order");
        Spec.Assumptions.Select(assumption => assumption.Id).ShouldContain("dev-meaning");
    }

    [Fact]
    public void Spec_Servers_GiveProductionHostAndBasePath()
    {
        Spec.DefaultBaseUrl.ShouldBe(new Uri("https://weixin.lancens.com:6443/v1/api"));
        Spec.BasePath.ShouldBe("/v1/api");
        Spec.Operations.ShouldAllBe(operation => operation.PathTemplate.StartsWith("/v1/api/user/"));
    }

    [Fact]
    public void Spec_PushTokenRegistration_CarriesEveryDocumentedConstraint()
    {
        var body = Spec.Operation("registerRingPushToken").Body.ShouldNotBeNull();

        body.RequiredOrder.ShouldBe(["push_token", "language"]);
        (body.Field("push_token").MinLength, body.Field("push_token").MaxLength).ShouldBe((1, 64));
        (body.Field("language").MinLength, body.Field("language").MaxLength).ShouldBe((2, 11));
        body.Field("dev").Type.ShouldBe(FieldType.Integer);
        body.Field("dev").AllowedValues.ShouldBe([0L, 1L]);
        body.Field("dev").Default.ShouldNotBeNull().GetInt64().ShouldBe(0L);
        new[] { "bundleid", "os", "os_token", "push_platform", "id", "phone_model" }
            .ShouldAllBe(name => !body.Field(name).Required);
    }

    [Fact]
    public void Spec_IntegerExamples_StayIntegers()
    {
        // NSwag.Core.Yaml would turn 102938 into "102938"; the loader keeps YAML's types.
        var example = Spec.Operation("login").Success.Examples.Single();
        using var json = JsonDocument.Parse(example.Json);
        json.RootElement.GetProperty("id").ValueKind.ShouldBe(JsonValueKind.Number);
        json.RootElement.GetProperty("token").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public void LoginResponse_MarksTokensAndExpiryAsVolatileAndTheLoginToken()
    {
        Spec.Operation("login").Success.Schema.VolatileProperties.ShouldBe(
            new Dictionary<string, VolatileValue> { ["token"] = VolatileValue.Random, ["reflash_key"] = VolatileValue.Random, ["time"] = VolatileValue.Expiry },
            ignoreOrder: true);
        Spec.Operation("login").Success.Schema.SessionProperties.ShouldBe(
            new Dictionary<string, SessionPart> { ["id"] = SessionPart.UserId, ["token"] = SessionPart.Token }, ignoreOrder: true);
        Spec.Operation("login").Success.Schema.Expiries["time"].ShouldBe(new ExpiryRule(ExpiryUnit.Seconds, 30, 3));
        Spec.Operations.Where(operation => operation.Id != "login")
            .ShouldAllBe(operation => operation.Responses.All(response => response.Schema.VolatileProperties.Count == 0));
        Spec.OperationFor(EffectAction.Query, "ring").Success.Schema.SessionProperties.ShouldBe(new Dictionary<string, SessionPart> { ["id"] = SessionPart.UserId });
    }

    [Fact]
    public void NaturalErrors_FollowTheValidationOrderThenTheSchemaFieldOrder()
    {
        var order = Spec.Operation("registerRingPushToken").NaturalErrors.Select(error => error.ExampleName).ToList();

        order.Take(6).ShouldBe(["no_token", "invalid_token", "paramer_error", "undefined_push_token", "undefined_language", "push_token_format_error"]);
        order.IndexOf("phone_model_format_error").ShouldBeLessThan(order.IndexOf("push_token_length_error"));
        order.Last().ShouldBe("dev_error");
        order.Count.ShouldBe(Spec.Operation("registerRingPushToken").Errors.Count(error => error.Trigger == ErrorTrigger.Natural));
    }

    [Fact]
    public void NaturalErrors_LookUpTheBodysTokenAndTheAccountAfterTheBodysChecks()
    {
        Spec.OperationFor(EffectAction.Logout).NaturalErrors.Last().ExampleName.ShouldBe("invalid_token");
        Spec.OperationFor(EffectAction.Login).NaturalErrors.Last().ExampleName.ShouldBe("username_or_password_error");
    }
}
