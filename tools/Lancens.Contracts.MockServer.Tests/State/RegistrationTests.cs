using System.Text.Json.Nodes;
using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.State;

/// <summary>
/// Registrations, per account: one per resource, the query answers exactly what was registered or last updated (the
/// schema's defaults for absent optional fields, the login's user id), and a serial is the registered push token:
/// update and delete of any other answer no data and change nothing.
/// </summary>
public sealed class RegistrationTests
{
    private static ApiSpecification Spec => TestSpec.Spec;

    public static TheoryData<string> Resources => [.. Spec.Resources];

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task Register_Again_ReplacesTheOneRegistration(string resource)
    {
        await using var engine = await Engine.StartAsync();
        var session = await engine.LoginAsync("alice");

        (await engine.Client.RegisterAsync(session, resource, "first")).ShouldBeSuccess(Operation(EffectAction.Register, resource));
        (await engine.Client.RegisterAsync(session, resource, "second")).ShouldBeSuccess(Operation(EffectAction.Register, resource));

        (await QueryAsync(engine, session, resource))[Key(resource)]!.GetValue<string>().ShouldBe("second");
        var registrations = engine.Mock.Accounts.ShouldHaveSingleItem().Registrations;
        registrations.Keys.ShouldBe([resource]);
        registrations[resource][Key(resource)].GetString().ShouldBe("second");
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task Query_AfterRegisteringEveryField_AnswersExactlyWhatWasSent(string resource)
    {
        await using var engine = await Engine.StartAsync();
        var session = await engine.LoginAsync("alice");
        var body = EveryField(resource, session.UserId + 1000);

        (await engine.Client.RegisterAsync(session, resource, body)).ShouldBeSuccess(Operation(EffectAction.Register, resource));

        var record = await QueryAsync(engine, session, resource);
        record.Select(pair => pair.Key).ShouldBe(RecordProperties(resource), ignoreOrder: true);
        foreach (var (name, value) in record)
        {
            var expected = name == UserIdProperty(resource) ? JsonValue.Create(session.UserId) : body[name];
            JsonNode.DeepEquals(value, expected).ShouldBeTrue($"{name}: {value?.ToJsonString()} instead of {expected?.ToJsonString()}");
        }
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task Query_AfterRegisteringRequiredFieldsOnly_AnswersTheSchemaDefaults(string resource)
    {
        await using var engine = await Engine.StartAsync();
        var session = await engine.LoginAsync("alice");
        var body = RequestBodies.Registration(resource, "only-required");
        var fields = Operation(EffectAction.Register, resource).Body!.Fields;
        fields.ShouldContain(field => !field.Required && field.Default != null, "the spec has optional fields with defaults");

        await engine.Client.RegisterAsync(session, resource, body);

        var record = await QueryAsync(engine, session, resource);
        foreach (var name in RecordProperties(resource).Where(name => name != UserIdProperty(resource)))
        {
            var field = fields.Single(candidate => candidate.Name == name);
            JsonNode? expected = field.Required ? body[name] : field.Default is { } fallback ? JsonNode.Parse(fallback.GetRawText()) : null;
            if (expected is null)
            {
                record.ContainsKey(name).ShouldBeFalse($"{name} was not sent and has no default");
                continue;
            }

            JsonNode.DeepEquals(record[name], expected).ShouldBeTrue($"{name}: {record[name]?.ToJsonString()} instead of {expected.ToJsonString()}");
        }

        record[UserIdProperty(resource)]!.GetValue<long>().ShouldBe(session.UserId);
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task Update_RegisteredSerial_ReplacesTheUpdateFieldsAndKeepsTheRest(string resource)
    {
        await using var engine = await Engine.StartAsync();
        var session = await engine.LoginAsync("alice");
        var registered = EveryField(resource, session.UserId);
        await engine.Client.RegisterAsync(session, resource, registered);
        var update = Operation(EffectAction.Update, resource);
        var changes = RequestBodies.For(update, update.Body!.Fields.ToDictionary(field => field.Name, field => (JsonNode?)FieldValues.Fitting(field, $"new-{field.Name}")));

        (await engine.Client.UpdateAsync(session, resource, registered[Key(resource)]!.GetValue<string>(), changes)).ShouldBeSuccess(update);

        var record = await QueryAsync(engine, session, resource);
        foreach (var name in RecordProperties(resource).Where(name => name != UserIdProperty(resource)))
        {
            var expected = changes[name] ?? registered[name];
            JsonNode.DeepEquals(record[name], expected).ShouldBeTrue($"{name}: {record[name]?.ToJsonString()} instead of {expected?.ToJsonString()}");
        }
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task UpdateAndDelete_SerialThatIsNotRegistered_AnswerNoDataAndChangeNothing(string resource)
    {
        await using var engine = await Engine.StartAsync();
        var session = await engine.LoginAsync("alice");
        var update = Operation(EffectAction.Update, resource);
        var delete = Operation(EffectAction.DeleteOne, resource);

        (await engine.Client.UpdateAsync(session, resource, "nothing-registered", RequestBodies.Update(resource, "new"))).ShouldBeError(update.Error(ErrorCategory.NoData));
        (await engine.Client.DeleteAsync(session, resource, "nothing-registered")).ShouldBeError(delete.Error(ErrorCategory.NoData));
        engine.Mock.Accounts.ShouldHaveSingleItem().Registrations.ShouldBeEmpty();

        await engine.Client.RegisterAsync(session, resource, "registered");
        var before = await QueryAsync(engine, session, resource);
        foreach (var serial in new[] { "registered-not", "REGISTERED", "registere", " registered" })
        {
            (await engine.Client.UpdateAsync(session, resource, serial, RequestBodies.Update(resource, "new"))).ShouldBeError(update.Error(ErrorCategory.NoData));
            (await engine.Client.DeleteAsync(session, resource, serial)).ShouldBeError(delete.Error(ErrorCategory.NoData));
        }

        JsonNode.DeepEquals(await QueryAsync(engine, session, resource), before).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task Delete_SerialAfterAnUpdate_IsTheNewPushTokenOnly(string resource)
    {
        await using var engine = await Engine.StartAsync();
        var session = await engine.LoginAsync("alice");
        var delete = Operation(EffectAction.DeleteOne, resource);
        await engine.Client.RegisterAsync(session, resource, "old/serial with spaces");
        await engine.Client.UpdateAsync(session, resource, "old/serial with spaces", RequestBodies.Update(resource, "new/serial"));

        (await engine.Client.DeleteAsync(session, resource, "old/serial with spaces")).ShouldBeError(delete.Error(ErrorCategory.NoData));
        (await engine.Client.DeleteAsync(session, resource, "new/serial")).ShouldBeSuccess(delete);

        (await engine.Client.QueryAsync(session, resource)).ShouldBeError(Operation(EffectAction.Query, resource).Error(ErrorCategory.NoData));
    }

    [Fact]
    public async Task DeleteAndClear_OneResource_LeaveTheOtherResourceAlone()
    {
        await using var engine = await Engine.StartAsync();
        var session = await engine.LoginAsync("alice");
        var (first, second) = (Spec.Resources[0], Spec.Resources[1]);
        await engine.Client.RegisterAsync(session, first, "first-token");
        await engine.Client.RegisterAsync(session, second, "second-token");

        (await engine.Client.DeleteAsync(session, first, "first-token")).ShouldBeSuccess(Operation(EffectAction.DeleteOne, first));
        (await QueryAsync(engine, session, second))[Key(second)]!.GetValue<string>().ShouldBe("second-token");

        await engine.Client.RegisterAsync(session, first, "first-again");
        (await engine.Client.ClearAsync(session, second)).ShouldBeSuccess(Operation(EffectAction.Clear, second));
        (await engine.Client.ClearAsync(session, second)).ShouldBeSuccess(Operation(EffectAction.Clear, second));
        (await QueryAsync(engine, session, first))[Key(first)]!.GetValue<string>().ShouldBe("first-again");
        engine.Mock.Accounts.ShouldHaveSingleItem().Registrations.Keys.ShouldBe([first]);
    }

    [Fact]
    public async Task Registrations_TwoLoginsOfOneAccount_ShareThem()
    {
        await using var engine = await Engine.StartAsync();
        var phone = await engine.LoginAsync("alice");
        var tablet = await engine.Client.LoginAsync(phone.Username, phone.Password);
        var resource = Spec.Resources[0];

        await engine.Client.RegisterAsync(phone, resource, "from-phone");
        (await QueryAsync(engine, tablet, resource))[Key(resource)]!.GetValue<string>().ShouldBe("from-phone");

        (await engine.Client.UpdateAsync(tablet, resource, "from-phone", RequestBodies.Update(resource, "from-tablet"))).ShouldBeSuccess(Operation(EffectAction.Update, resource));
        (await QueryAsync(engine, phone, resource))[Key(resource)]!.GetValue<string>().ShouldBe("from-tablet");
    }

    private static ApiOperation Operation(EffectAction action, string resource) => Spec.OperationFor(action, resource);

    private static string Key(string resource) => RequestBodies.KeyName(resource);

    private static IReadOnlyList<string> RecordProperties(string resource) => Operation(EffectAction.Query, resource).Success.Schema.PropertyNames;

    private static string UserIdProperty(string resource) =>
        Operation(EffectAction.Query, resource).Success.Schema.PropertyFor(SessionPart.UserId) ?? throw new InvalidOperationException("the record carries no user id");

    private static async Task<JsonObject> QueryAsync(Engine engine, Session session, string resource)
    {
        var answer = await engine.Client.QueryAsync(session, resource);
        answer.ShouldBeSuccess(Operation(EffectAction.Query, resource));
        return JsonNode.Parse(answer.Body)!.AsObject();
    }

    // Every field of the register body, none at its default: strings made from their names, integers the last value
    // they allow (not the default), and any other integer (the user id a client may send) the given one.
    private static JsonObject EveryField(string resource, long otherInteger) =>
        RequestBodies.For(Operation(EffectAction.Register, resource), Operation(EffectAction.Register, resource).Body!.Fields.ToDictionary(
            field => field.Name,
            field => field.Type == FieldType.String
                ? JsonValue.Create(FieldValues.Fitting(field, $"{resource}-{field.Name}-值"))
                : (JsonNode?)JsonValue.Create(field.AllowedValues.Count > 0 ? field.AllowedValues[^1] : otherInteger)));
}
