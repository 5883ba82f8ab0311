using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.MockServer.Pipeline;

/// <summary>
/// The bodies the engine answers, all made from the spec: each documented error's example, each success example,
/// the login answer with fresh volatile values, and the push-token record built from what was registered. Fixed
/// bodies are serialised once, at start-up.
/// </summary>
internal sealed class Answers
{
    private static readonly JsonSerializerOptions MessageOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ApiSpecification _spec;
    private readonly Dictionary<DocumentedError, Answer> _errors = [];
    private readonly Dictionary<ApiOperation, Answer> _successes = new(ReferenceEqualityComparer.Instance);

    public Answers(ApiSpecification spec)
    {
        _spec = spec;
        foreach (var answer in spec.DocumentedResponses)
        {
            var fixedAnswer = new Answer(answer.Error?.Status ?? answer.Response.Status, answer.Response.MediaType, Encoding.UTF8.GetBytes(answer.Example.Json), answer.Key.ToString());
            if (answer.Error is { } error)
            {
                _errors[error] = fixedAnswer;
            }
            else if (answer.Key == answer.Operation.SuccessAnswer.Key)
            {
                _successes[answer.Operation] = fixedAnswer;
            }
        }
    }

    public Answer Error(DocumentedError error) => _errors[error];

    /// <summary>The operation's success example as it stands in the spec.</summary>
    public Answer Success(ApiOperation operation) => _successes[operation];

    /// <summary>The login answer: the account's user id, the new token, fresh random values and an expiry from <paramref name="now"/>.</summary>
    public Answer Login(ApiOperation login, StoredAccount account, string token, DateTimeOffset now)
    {
        var success = login.SuccessAnswer;
        var body = LoginBodies.Create(_spec, success, account.UserId, token, now);
        return new Answer(success.Response.Status, success.Response.MediaType, Encoding.UTF8.GetBytes(body.ToJsonString()), success.Key.ToString());
    }

    /// <summary>
    /// A push-token record: each property the record schema lists, from what the registration holds, else the register
    /// body's default for that field, else left out; the user-id property is the account's. Each value is written as the
    /// record schema types it, exactly as the client sent it otherwise (characters and number format included).
    /// </summary>
    public Answer Record(ApiOperation query, StoredAccount account, Registration registration, Model.RequestBody registered)
    {
        var success = query.SuccessAnswer;
        var schema = success.Response.Schema;
        var output = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
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
                if (schema.PropertyTypes.GetValueOrDefault(name) == FieldType.String && element.ValueKind != JsonValueKind.String)
                {
                    writer.WriteStringValue(element.GetRawText());
                }
                else
                {
                    writer.WriteRawValue(element.GetRawText(), skipInputValidation: true);
                }
            }

            writer.WriteEndObject();
        }

        return new Answer(success.Response.Status, success.Response.MediaType, output.WrittenMemory, success.Key.ToString());
    }

    /// <summary>A body of the engine's own in the API's <c>{"message": ...}</c> shape, for the mock-control protocol and the spec's extensions.</summary>
    public static Answer Message(int status, string message, string rule) =>
        new(status, MediaTypes.Json, JsonSerializer.SerializeToUtf8Bytes(new { message }, MessageOptions), rule);

    public Answer UnknownRoute() =>
        Message(_spec.UnknownRoute.Status, _spec.UnknownRoute.Message, $"x-lancens-unknown-route {_spec.UnknownRoute.Status}");
}
