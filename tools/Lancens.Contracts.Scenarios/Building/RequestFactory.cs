using System.Text.Json;
using System.Text.Json.Nodes;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios.Building;

/// <summary>Valid requests for an operation; scenarios start from one and change a single thing.</summary>
internal sealed class RequestFactory(ApiSpecification spec, ApiOperation operation, TestValues values)
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public ApiSpecification Spec => spec;

    public ApiOperation Operation => operation;

    /// <summary>
    /// A request the operation accepts. With <paramref name="sessionPlaceholders"/> the account and token fields
    /// carry the session's values (for requests that must succeed on the real host); otherwise made-up ones.
    /// </summary>
    public ScenarioRequest Valid(string? serial = null, bool withOptionalFields = true, bool sessionPlaceholders = true) =>
        WithBody(BaseRequest(serial), operation.Body is null ? null : ValidBody(withOptionalFields, sessionPlaceholders));

    public JsonObject ValidBody(bool withOptionalFields, bool sessionPlaceholders)
    {
        var body = new JsonObject();
        foreach (var field in operation.Body!.Fields.Where(field => field.Required || withOptionalFields))
        {
            body[field.Name] = sessionPlaceholders && field.Session != SessionPart.None
                ? JsonValue.Create(RequestPlaceholders.For(field.Session))
                : ToNode(values.Valid(field));
        }

        return body;
    }

    public static ScenarioRequest WithBody(ScenarioRequest request, JsonNode? body) =>
        body is null
            ? request with { Body = null, ContentType = null }
            : request with { Body = body.ToJsonString(Compact), ContentType = MediaTypes.Json };

    /// <summary>The request with its JSON body changed; the body must be a JSON object.</summary>
    public static ScenarioRequest ChangeBody(ScenarioRequest request, Action<JsonObject> change)
    {
        var body = JsonNode.Parse(request.Body ?? throw new InvalidOperationException($"{request} has no body to change"))!.AsObject();
        change(body);
        return WithBody(request, body);
    }

    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        JsonElement element => JsonNode.Parse(element.GetRawText()),
        string text => JsonValue.Create(text),
        long number => JsonValue.Create(number),
        int number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        bool flag => JsonValue.Create(flag),
        _ => throw new ArgumentException($"no JSON form for {value.GetType().Name}", nameof(value)),
    };

    private ScenarioRequest BaseRequest(string? serial)
    {
        var path = operation.PathTemplate;
        foreach (var parameter in operation.PathParameters)
        {
            var value = serial ?? MadeUpValue(parameter);
            path = path.Replace($"{{{parameter.Name}}}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        List<KeyValuePair<string, string>> headers = [new("Accept", MediaTypes.Json)];
        if (operation.Token == TokenPlacement.Header)
        {
            headers.Add(new(spec.TokenHeader, RequestPlaceholders.Token));
        }

        return new ScenarioRequest(operation.Method, path, headers, null, null);
    }

    // A registration key gets a fresh value like the registered field's, so it names nothing registered yet.
    private string MadeUpValue(PathParameter parameter) =>
        parameter.RegistrationKey is not null
            ? (string)values.Fresh(spec.RegistrationKeyField(operation.Effect.Resource!))
            : parameter.Example ?? throw new InvalidOperationException($"{operation.Id}: path parameter '{parameter.Name}' has no example to send");
}
