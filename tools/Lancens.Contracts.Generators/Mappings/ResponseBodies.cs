using System.Text.Json.Nodes;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Generators.Mappings;

/// <summary>WireMock responses made from the spec's examples; volatile values become response templates.</summary>
internal static class ResponseBodies
{
    private static readonly IReadOnlyDictionary<string, string> JsonHeaders = ContentType(MediaTypes.Json);

    public static ResponseDefinition Example(DocumentedResponse response, ResponseExample example)
    {
        if (response.Schema.VolatileProperties.Count == 0)
        {
            return new ResponseDefinition { Status = response.Status, Headers = ContentType(response.MediaType), JsonBody = JsonNode.Parse(example.Json) };
        }

        return new ResponseDefinition
        {
            Status = response.Status,
            Headers = ContentType(response.MediaType),
            Body = Templated(example.Json, response.Schema.VolatileProperties),
            Transformers = ["response-template"],
        };
    }

    public static ResponseDefinition Error(ApiOperation operation, DocumentedError error)
    {
        var response = operation.Response(error.Status)!;
        return Example(response, response.Example(error.ExampleName));
    }

    private static Dictionary<string, string> ContentType(string mediaType) => new() { ["Content-Type"] = mediaType };

    public static ResponseDefinition Success(ApiOperation operation) => Example(operation.Success, operation.Success.Examples[0]);

    /// <summary>A body of our own, in the API's <c>{"message": ...}</c> shape.</summary>
    public static ResponseDefinition Message(int status, string message) =>
        new() { Status = status, Headers = JsonHeaders, JsonBody = new JsonObject { ["message"] = message } };

    // Placeholders are swapped for Handlebars after serialising, so the JSON around them stays valid:
    // random strings keep the example's length, expiries are 30 days ahead in Unix seconds.
    private static string Templated(string exampleJson, IReadOnlyDictionary<string, VolatileValue> volatileProperties)
    {
        var body = JsonNode.Parse(exampleJson)!.AsObject();
        var templates = new Dictionary<string, string>();
        foreach (var (name, kind) in volatileProperties.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var placeholder = $"@@{name}@@";
            templates[$"\"{placeholder}\""] = kind switch
            {
                VolatileValue.Random => $"\"{{{{randomValue length={body[name]?.ToString().Length ?? 32} type='HEXADECIMAL'}}}}\"",
                // The trailing space keeps Handlebars from reading "}}}" when the value ends the object.
                _ => "{{now offset='30 days' format='unix'}} ",
            };
            body[name] = placeholder;
        }

        return templates.Aggregate(body.ToJsonString(), (json, template) => json.Replace(template.Key, template.Value, StringComparison.Ordinal));
    }
}
