using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lancens.Contracts.MockServer.Deviations;
using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Pipeline;

/// <summary>
/// The bodies the engine answers, all made from the spec: each documented error's example, each success example,
/// the login answer with fresh volatile values, and the push-token record built from what was registered. Fixed
/// bodies are serialised once, at start-up.
/// </summary>
internal sealed class Answers
{
    private readonly ApiSpecification _spec;
    private readonly DeviationSet _deviations;
    private readonly TimeProvider _time;
    private readonly Dictionary<(string Operation, string Example, int Status), byte[]> _fixed = [];

    public Answers(ApiSpecification spec, DeviationSet deviations, TimeProvider time)
    {
        _spec = spec;
        _deviations = deviations;
        _time = time;
        foreach (var answer in spec.DocumentedResponses)
        {
            var json = answer.Example.Message is { } message && deviations.Has(Deviation.ErrorTextWithFullStop) && answer.Error is not null
                ? JsonSerializer.Serialize(new { message = message + "." })
                : answer.Example.Json;
            _fixed[(answer.Operation.Id, answer.Example.Name, answer.Response.Status)] = Encoding.UTF8.GetBytes(json);
        }
    }

    public Answer Error(DocumentedError error)
    {
        var status = _deviations.Has(Deviation.NaturalErrorStatus422) && error.Trigger == ErrorTrigger.Natural ? 422 : error.Status;
        return new Answer(status, _fixed[(error.OperationId, error.ExampleName, error.Status)], $"{error.OperationId} {error.Status} {error.ExampleName}");
    }

    /// <summary>The operation's success example as it stands in the spec.</summary>
    public Answer Success(ApiOperation operation)
    {
        var success = operation.SuccessAnswer;
        return new Answer(success.Response.Status, _fixed[(operation.Id, success.Example.Name, success.Response.Status)], success.Key.ToString());
    }

    /// <summary>The login answer: the account's user id, the new token, fresh random values and an expiry from now.</summary>
    public Answer Login(ApiOperation login, Account account, string token)
    {
        var success = login.SuccessAnswer;
        var schema = success.Response.Schema;
        var body = JsonNode.Parse(success.Example.Json)!.AsObject();
        foreach (var name in schema.PropertyNames)
        {
            body[name] = (schema.SessionProperties.GetValueOrDefault(name), schema.VolatileProperties.GetValueOrDefault(name, (VolatileValue)(-1))) switch
            {
                (SessionPart.UserId, _) => account.UserId,
                (SessionPart.Token, _) => token,
                (_, VolatileValue.Random) => NewToken(body[name]?.GetValue<string>().Length ?? token.Length),
                (_, VolatileValue.Expiry) => Expiry(schema.Expiries[name]),
                _ => body[name]?.DeepClone(),
            };
        }

        if (_deviations.Has(Deviation.LoginFieldRenamed))
        {
            body = Renamed(body, schema);
        }

        return new Answer(success.Response.Status, Encoding.UTF8.GetBytes(body.ToJsonString()), success.Key.ToString());
    }

    /// <summary>
    /// A push-token record: each property the record schema lists, from what the registration holds, else the register
    /// body's default for that field, else left out; the user-id property is the account's.
    /// </summary>
    public Answer Record(ApiOperation query, Account account, Registration registration, Model.RequestBody registered)
    {
        var success = query.SuccessAnswer;
        var schema = success.Response.Schema;
        var output = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            foreach (var name in schema.PropertyNames)
            {
                if (schema.SessionProperties.GetValueOrDefault(name) == SessionPart.UserId)
                {
                    writer.WriteNumber(name, account.UserId);
                    continue;
                }

                var value = registration.Fields.TryGetValue(name, out var sent) ? sent
                    : registered.Fields.FirstOrDefault(field => field.Name == name)?.Default;
                if (value is not { } element)
                {
                    continue;
                }

                writer.WritePropertyName(name);
                if (_deviations.Has(Deviation.RecordIntegersAsStrings) && element.ValueKind == JsonValueKind.Number)
                {
                    writer.WriteStringValue(element.GetRawText());
                }
                else
                {
                    // The value exactly as the client sent it, characters and number format included.
                    writer.WriteRawValue(element.GetRawText(), skipInputValidation: true);
                }
            }

            writer.WriteEndObject();
        }

        return new Answer(success.Response.Status, output.WrittenMemory, success.Key.ToString());
    }

    /// <summary>A body of the engine's own in the API's <c>{"message": ...}</c> shape, for the mock-control protocol and the spec's extensions.</summary>
    public static Answer Message(int status, string message, string rule) =>
        new(status, JsonSerializer.SerializeToUtf8Bytes(new { message }, MessageOptions), rule);

    public Answer UnknownRoute() =>
        Message(_spec.UnknownRoute.Status, _spec.UnknownRoute.Message, $"x-lancens-unknown-route {_spec.UnknownRoute.Status}");

    public Answer RequestRefused(string why) =>
        Message(_spec.RequestLimits.Status, _spec.RequestLimits.Message, $"x-lancens-request-limits: {why}");

    private static readonly JsonSerializerOptions MessageOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private long Expiry(ExpiryRule rule)
    {
        var unit = _deviations.Has(Deviation.ExpiryInMilliseconds) ? rule with { Unit = ExpiryUnit.Milliseconds } : rule;
        return unit.ValueAt(_time.GetUtcNow());
    }

    /// <summary>A random lower-case hex string, like the spec's example tokens.</summary>
    public static string NewToken(int length) => RandomNumberGenerator.GetHexString(length, lowercase: true);

    // The deviation renames the first random property that is not the token (reflash_key becomes reflash_key_renamed).
    private static JsonObject Renamed(JsonObject body, ResponseBodySchema schema)
    {
        var renamed = new JsonObject();
        var victim = schema.VolatileProperties.Where(pair => pair.Value == VolatileValue.Random && !schema.SessionProperties.ContainsKey(pair.Key)).Select(pair => pair.Key).FirstOrDefault();
        foreach (var (name, value) in body)
        {
            renamed[name == victim ? $"{name}_renamed" : name] = value?.DeepClone();
        }

        return renamed;
    }
}
