using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NSwag;

namespace Lancens.Contracts.Model.Loading;

internal static class ResponseReader
{
    private const string ErrorsExtension = "x-lancens-errors";

    public static IReadOnlyList<DocumentedResponse> Read(OpenApiDocument document, ApiOperation operation, OpenApiOperation source, string tokenHeader) =>
        [.. source.ActualResponses.Select(pair => Response(document, operation, pair.Key, pair.Value.ActualResponse, tokenHeader))];

    private static DocumentedResponse Response(OpenApiDocument document, ApiOperation operation, string statusText, OpenApiResponse response, string tokenHeader)
    {
        if (!int.TryParse(statusText, NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            throw new SpecificationProblem($"response '{statusText}' must be a numeric status");
        }

        var where = $"response {status}";
        if (!response.Content.TryGetValue(MediaTypes.Json, out var media) || media.Schema is null)
        {
            throw new SpecificationProblem($"{where} needs an {MediaTypes.Json} schema");
        }

        if (media.Examples.Count == 0)
        {
            throw new SpecificationProblem($"{where} needs at least one named example");
        }

        var metadata = ErrorMetadata(response, status, where);
        var examples = media.Examples.Select(pair =>
        {
            var example = pair.Value.ActualExample;
            var json = JsonConvert.SerializeObject(example.Value, Formatting.None);
            var message = (example.Value as JObject)?["message"] is JValue { Type: JTokenType.String } text ? (string?)text : null;
            DocumentedError? error = null;
            if (metadata is not null)
            {
                var entry = metadata[pair.Key] ?? throw new SpecificationProblem($"{where}: example '{pair.Key}' has no entry in {ErrorsExtension}");
                error = ErrorMetadataReader.Read(operation, status, pair.Key, message, entry, $"{where} {ErrorsExtension}.{pair.Key}", tokenHeader);
            }

            return new ResponseExample(pair.Key, example.Summary ?? string.Empty, json, message, error);
        }).ToList();

        var orphan = metadata?.Properties().Select(property => property.Name).FirstOrDefault(name => !media.Examples.ContainsKey(name));
        if (orphan is not null)
        {
            throw new SpecificationProblem($"{where}: {ErrorsExtension} describes '{orphan}', which is not an example of this response");
        }

        var volatileProperties = Markers<VolatileValue>(media.Schema, "x-lancens-volatile", where);
        return new DocumentedResponse
        {
            Status = status,
            Description = response.Description ?? string.Empty,
            MediaType = MediaTypes.Json,
            Schema = new ResponseBodySchema(SchemaNames.Of(document, media.Schema), media.Schema)
            {
                VolatileProperties = volatileProperties,
                SessionProperties = Markers<SessionPart>(media.Schema, "x-lancens-session", where),
                Expiries = ExpiryRules(media.Schema, volatileProperties, where),
            },
            Examples = examples,
        };
    }

    private static Dictionary<string, TEnum> Markers<TEnum>(NJsonSchema.JsonSchema schema, string extension, string where)
        where TEnum : struct, Enum =>
        schema.ActualSchema.ActualProperties
            .Select(property => (property.Key, Marker: ExtensionValue.Find(property.Value.ExtensionData, extension)))
            .Where(pair => pair.Marker is not null)
            .ToDictionary(
                pair => pair.Key,
                pair => SpecWords.Parse<TEnum>(pair.Marker!.ToString(), $"{where} property '{pair.Key}' {extension}"));

    // Every expiry property says what it means, so mocks can make one up and the suite can judge the host's.
    private static Dictionary<string, ExpiryRule> ExpiryRules(NJsonSchema.JsonSchema schema, Dictionary<string, VolatileValue> volatileProperties, string where) =>
        volatileProperties.Where(pair => pair.Value == VolatileValue.Expiry).ToDictionary(pair => pair.Key, pair =>
        {
            const string Name = "x-lancens-expiry";
            var at = $"{where} property '{pair.Key}' {Name}";
            var token = ExtensionValue.Find(schema.ActualSchema.ActualProperties[pair.Key].ExtensionData, Name)
                ?? throw new SpecificationProblem($"{where} property '{pair.Key}' is an expiry but has no {Name}");
            int Days(string key) => ExtensionValue.Object(token, at)[key]?.ToObject<int?>() ?? throw new SpecificationProblem($"{at} has no integer '{key}'");
            return new ExpiryRule(SpecWords.Parse<ExpiryUnit>(ExtensionValue.RequiredString(token, "unit", at), $"{at}.unit"), Days("after-days"), Days("tolerance-days"));
        });

    private static JObject? ErrorMetadata(OpenApiResponse response, int status, string where)
    {
        var token = ExtensionValue.Find(response.ExtensionData, ErrorsExtension);
        var isError = status >= 400;
        return (isError, token) switch
        {
            (true, null) => throw new SpecificationProblem($"{where} is an error response without {ErrorsExtension}"),
            (false, not null) => throw new SpecificationProblem($"{where} is not an error response but has {ErrorsExtension}"),
            (true, _) => ExtensionValue.Object(token!, $"{where} {ErrorsExtension}"),
            _ => null,
        };
    }
}
