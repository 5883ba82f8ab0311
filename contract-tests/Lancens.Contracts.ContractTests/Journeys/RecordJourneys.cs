using System.Text.Json.Nodes;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using Lancens.Contracts.Scenarios;
using static Lancens.Contracts.ContractTests.Journeys.JourneyContext;

namespace Lancens.Contracts.ContractTests.Journeys;

/// <summary>What a query answers after registrations and updates: the values sent, field by field (the assumptions record-reflects-registration, serial-identifies-registration and register-repeat-and-clear).</summary>
internal static class RecordJourneys
{
    public static IEnumerable<Journey> All() =>
    [
        new("register-then-query", "after a register, the query answers every value sent and the login's user id", TargetNeeds.ValueMemory, RegisterThenQueryAsync),
        new("defaults-when-absent", "after a register of the required fields only, the query answers the spec's defaults for the rest", TargetNeeds.ValueMemory, DefaultsWhenAbsentAsync),
        new("update-then-query", "after an update through the registered push token, the query answers the new values and keeps the rest", TargetNeeds.ValueMemory, UpdateThenQueryAsync),
        new("unknown-serial-changes-nothing", "an update or delete through a serial that is not registered answers no data and changes nothing", TargetNeeds.ValueMemory, UnknownSerialAsync),
        new("register-again-replaces", "a second register replaces the first", TargetNeeds.ValueMemory, RegisterAgainAsync),
    ];

    private static Task RegisterThenQueryAsync(JourneyContext context) =>
        RegisterThenExpectRecordAsync(context, "with every field", context.Actions.Register);

    private static Task DefaultsWhenAbsentAsync(JourneyContext context) =>
        RegisterThenExpectRecordAsync(context, "with the required fields only", context.Actions.RegisterRequiredOnly);

    private static async Task RegisterThenExpectRecordAsync(
        JourneyContext context, string how, Func<string, string, (ApiOperation Operation, ScenarioRequest Request)> registration)
    {
        var session = await context.LoginAsync();
        foreach (var resource in context.Resources)
        {
            var key = context.Actions.NewKey(resource);
            var register = registration(resource, key);
            await context.StepAsync($"register {resource} {how}", session, register, Success, new Registration(resource, key));
            await ExpectRecordAsync(context, session, resource, SentBody(register.Request, session), $"query {resource} after a register {how}");
        }
    }

    private static async Task UpdateThenQueryAsync(JourneyContext context)
    {
        var session = await context.LoginAsync();
        foreach (var resource in context.Resources)
        {
            var (first, second) = (context.Actions.NewKey(resource), context.Actions.NewKey(resource));
            var register = context.Actions.Register(resource, first);
            await context.StepAsync($"register {resource}", session, register, Success, new Registration(resource, first));
            var update = context.Actions.Update(resource, first, second);
            await context.StepAsync($"update {resource} through the registered push token", session, update, Success, new Registration(resource, second));

            var expected = SentBody(register.Request, session);
            foreach (var (name, value) in SentBody(update.Request, session))
            {
                expected[name] = value?.DeepClone();
            }

            await ExpectRecordAsync(context, session, resource, expected, $"query {resource} after the update");
        }
    }

    private static async Task UnknownSerialAsync(JourneyContext context)
    {
        var session = await context.LoginAsync();
        foreach (var resource in context.Resources)
        {
            var key = context.Actions.NewKey(resource);
            var register = context.Actions.Register(resource, key);
            await context.StepAsync($"register {resource}", session, register, Success, new Registration(resource, key));
            var stranger = context.Actions.NewKey(resource);
            await context.StepAsync($"update {resource} through a serial that is not registered", session, context.Actions.Update(resource, stranger, context.Actions.NewKey(resource)), NoData);
            await context.StepAsync($"delete {resource} through a serial that is not registered", session, context.Actions.DeleteOne(resource, stranger), NoData);
            await ExpectRecordAsync(context, session, resource, SentBody(register.Request, session), $"query {resource}: the registration is untouched");
        }
    }

    private static async Task RegisterAgainAsync(JourneyContext context)
    {
        var session = await context.LoginAsync();
        foreach (var resource in context.Resources)
        {
            var (first, second) = (context.Actions.NewKey(resource), context.Actions.NewKey(resource));
            await context.StepAsync($"register {resource}", session, context.Actions.Register(resource, first), Success, new Registration(resource, first));
            var again = context.Actions.RegisterRequiredOnly(resource, second);
            await context.StepAsync($"register {resource} again, another push token", session, again, Success, new Registration(resource, second));
            await ExpectRecordAsync(context, session, resource, SentBody(again.Request, session), $"query {resource}: the second registration replaced the first");
        }
    }

    /// <summary>Queries and compares the record with <paramref name="registered"/>, field by field.</summary>
    public static async Task ExpectRecordAsync(JourneyContext context, LoginSession session, string resource, JsonObject registered, string step)
    {
        var record = await context.StepAsync(step, session, context.Actions.Query(resource), Success);
        var mismatches = RecordExpectation.Mismatches(context.Spec, resource, record, registered, session.UserId);
        context.Expect(mismatches.Count == 0, step, "the record of what was registered", string.Join("; ", mismatches));
    }
}
