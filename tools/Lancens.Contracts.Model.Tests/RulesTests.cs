namespace Lancens.Contracts.Model.Tests;

/// <summary>The questions every consumer asks the model, answered from the spec once.</summary>
public sealed class RulesTests
{
    private static readonly ApiSpecification Spec = RepositorySpec.Specification;

    [Fact]
    public void DocumentedResponses_AreEveryExampleOfEveryResponseOnce()
    {
        var expected = Spec.Operations.Sum(operation => operation.Responses.Sum(response => response.Examples.Count));

        Spec.DocumentedResponses.Count.ShouldBe(expected);
        Spec.DocumentedResponses.Select(answer => answer.Key).ShouldBeUnique();
        Spec.DocumentedResponses.Count(answer => answer.Error is null).ShouldBe(Spec.Operations.Count);
    }

    [Fact]
    public void Error_OfACategory_IsTheOneTheOperationDocuments()
    {
        var query = Spec.OperationFor(EffectAction.Query, "ring");

        query.Error(ErrorCategory.NoData).Message.ShouldBe("no data error");
        Should.Throw<KeyNotFoundException>(() => query.Error(ErrorCategory.Length)).Message.ShouldContain("0 length errors");
        Should.Throw<KeyNotFoundException>(() => Spec.Operation("login").Error(ErrorCategory.Database)).Message.ShouldContain("2 database errors");
    }

    [Fact]
    public void Resources_AreTheKindsTheEffectsName_InSpecOrder()
    {
        Spec.Resources.ShouldBe(["ring", "message"]);
        Spec.OperationFor(EffectAction.DeleteOne, "message").Id.ShouldBe("deleteMessagePushToken");
        Spec.OperationFor(EffectAction.Login).Id.ShouldBe("login");
        Should.Throw<KeyNotFoundException>(() => Spec.OperationFor(EffectAction.Query));
    }

    [Fact]
    public void NeedsRegistration_QueryUpdateAndDeleteOne_AndNothingElse()
    {
        Spec.Operations.Where(operation => operation.Effect.NeedsRegistration).Select(operation => operation.Id).ShouldBe(
            ["getRingPushToken", "updateRingPushToken", "deleteRingPushToken", "getMessagePushToken", "updateMessagePushToken", "deleteMessagePushToken"],
            ignoreOrder: true);
    }

    [Fact]
    public void RegistrationKeyField_IsTheFieldTheSerialNames()
    {
        var key = Spec.RegistrationKeyField("message");

        key.Name.ShouldBe("push_token");
        key.MaxLength.ShouldBe(64);
        Spec.Operation("updateMessagePushToken").PathParameters.Single().RegistrationKey.ShouldBe("push_token");
    }

    [Fact]
    public void FieldExamples_AreTheSpecsWithTheirJsonTypes()
    {
        var body = Spec.Operation("registerRingPushToken").Body!;

        body.Field("language").Example!.Value.GetString().ShouldBe("zh-CN");
        body.Field("id").Example!.Value.GetInt64().ShouldBe(102938L);
        body.Field("os_token").Example!.Value.GetString().ShouldBe(string.Empty);
    }

    [Fact]
    public void TokenHeaderAndRealClient_ComeFromTheSpec()
    {
        Spec.TokenHeader.ShouldBe("token");
        Spec.RealClient.TokenHeader.ShouldBe("Token");
        Spec.RealClient.ContentType.ShouldBe("application/json; charset=UTF-8");
        Spec.RealClient.ExtraFields.Keys.ShouldContain("os_push_version");
        Spec.RealClient.ExtraFields.Keys.ShouldAllBe(name => Spec.Operations.All(operation => operation.Body == null || operation.Body.Fields.All(field => field.Name != name)));
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("推送令牌", 4)]
    [InlineData("😀🔔", 2)]
    public void LengthOf_CountsCodePoints(string value, int length) => RequestField.LengthOf(value).ShouldBe(length);
}
