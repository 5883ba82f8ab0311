using System.Text.Json;
using System.Text.Json.Nodes;
using Lancens.Contracts.ContractTests.Running;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Exploration;

/// <summary>
/// One push-token step made concrete against the model's state: the session it uses, the body and serial it sends
/// (push-token choices resolved), the request; and how an answer to it is judged against what the model expected.
/// </summary>
internal sealed record ExploredRequest(ApiOperation Operation, int Session, int Account, string Token, JsonObject? Body, string? Serial, ScenarioRequest Request, Registration? Registers)
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="salt">Different for every step of a sequence, so fresh push tokens never meet by chance.</param>
    public static ExploredRequest Build(SuiteRuntime runtime, HostModel model, Step.Act act, int salt)
    {
        var spec = runtime.Spec;
        var operation = spec.OperationFor(act.Action, act.Resource);
        var session = act.Session % model.Sessions.Count;
        var (account, token, _) = model.Sessions[session];
        var key = spec.RegistrationKeyField(act.Resource);
        salt += 1000 * account;
        JsonObject? body = null;
        if (operation.Body is not null)
        {
            body = [];
            foreach (var (name, value) in act.Fields)
            {
                body[name] = value?.DeepClone();
            }

            if (operation.Body.Fields.Any(field => field.Name == key.Name))
            {
                body[key.Name] = Resolve(model, account, act.Resource, key, act.Key, salt);
            }
        }

        var serial = operation.PathParameters.Any(parameter => parameter.RegistrationKey is not null) ? Resolve(model, account, act.Resource, key, act.Serial, salt + 500) : null;
        var registers = operation.Effect.LeavesRegistration && body?[key.Name]?.GetValue<string>() is { } sent ? new Registration(act.Resource, sent) : null;
        return new ExploredRequest(operation, session, account, token, body, serial, runtime.Actions.WithBody(operation, serial, body).Request, registers);
    }

    /// <summary>How the answer differs from the model's: status, documented answer and text, and each remembered field of a record.</summary>
    public static List<string> Problems(ApiSpecification spec, ApiOperation operation, HostModel.Expected expected, ObservedResponse observed)
    {
        var problems = ResponseContract.Problems(operation, observed, expected.Answer.Key).ToList();
        if (problems.Count == 0 && expected.Record is { } record && operation.Effect.Resource is { } resource)
        {
            problems.AddRange(RecordExpectation.Mismatches(spec, resource, observed, record, expected.UserId));
        }

        return problems;
    }

    public static string Describe(HostModel.Expected expected) =>
        $"{expected.Answer}{(expected.Record is null ? string.Empty : $" with {expected.Record.ToJsonString(Readable)}")}";

    public override string ToString() =>
        $"{SpecWords.Of(Operation.Effect.Action)} {Operation.Effect.Resource}{(Serial is null ? string.Empty : $" /{Serial}")}{(Body is null ? string.Empty : $" {Body.ToJsonString(Readable)}")} with session {Session + 1}";

    private static string Resolve(HostModel model, int account, string resource, RequestField key, KeyChoice choice, int salt) => choice switch
    {
        KeyChoice.Own when model.Registered(account, resource)?[key.Name]?.GetValue<string>() is { } own => own,
        KeyChoice.Another when model.KeyOfAnother(account, resource, key.Name) is { } another => another,
        KeyChoice.Own or KeyChoice.Another => ExploredValues.Key(key, KeyChoice.Fresh, salt),
        _ => ExploredValues.Key(key, choice, salt),
    };
}
