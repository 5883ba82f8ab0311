using System.Text.Encodings.Web;
using System.Text.Json;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using WireMock.ResponseBuilders;
using WireMock.ResponseProviders;

namespace Lancens.Contracts.WireMockNet.Answers;

/// <summary>
/// The stubs' answers, all from the spec: each documented example as it stands, the login answer with a fresh token and
/// expiry per request (a body callback: WireMock.Net's templating knows neither the spec's token length nor its expiry
/// rule), bodies of the mock's own in the API's <c>{"message": ...}</c> shape, and WireMock.Net's faults.
/// </summary>
internal sealed class StubAnswers(ApiSpecification spec, TimeProvider time)
{
    private const string ContentType = "Content-Type";

    private static readonly JsonSerializerOptions MessageOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IResponseProvider Documented(DocumentedAnswer answer)
    {
        var response = Response.Create().WithStatusCode(answer.Response.Status).WithHeader(ContentType, answer.Response.MediaType);
        return answer.Response.Schema.VolatileProperties.Count == 0
            ? response.WithBody(answer.Example.Json)
            : response.WithBody(_ => LoginBodies.Create(spec, answer, userId: null, LoginBodies.NewToken(spec), time.GetUtcNow()).ToJsonString());
    }

    /// <summary>A body of the mock's own, e.g. the refusal of a control header it cannot honour.</summary>
    public static IResponseProvider Message(int status, string message) =>
        Response.Create().WithStatusCode(status).WithHeader(ContentType, MediaTypes.Json).WithBody(MessageJson(message));

    /// <summary>A fault WireMock.Net has, on a 200 whose body is the fault's effect in the API's shape (the part a client may see).</summary>
    public static IResponseProvider Fault(ConnectionFault fault, FaultType type) =>
        Response.Create().WithStatusCode(200).WithHeader(ContentType, MediaTypes.Json).WithBody(MessageJson(fault.Effect)).WithFault(type);

    private static string MessageJson(string message) => JsonSerializer.Serialize(new { message }, MessageOptions);
}
