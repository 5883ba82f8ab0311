using System.Text.Json;
using System.Text.Json.Nodes;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Deviations;

/// <summary>
/// Changed copies of the spec's model, each breaking one promise the engine reads from it. The copies stay consistent:
/// a changed error is the same object in the responses and in the check order.
/// </summary>
internal static class SpecChanges
{
    public static ApiSpecification NaturalErrorsAnswer422(ApiSpecification spec) =>
        WithErrors(spec, error => error.Trigger == ErrorTrigger.Natural ? error with { Status = 422 } : error);

    public static ApiSpecification ErrorTextsEndWithAFullStop(ApiSpecification spec) =>
        WithExamples(spec, (_, example) => example.Message is { } message && example.Error is not null
            ? example with { Message = message + ".", Json = JsonSerializer.Serialize(new { message = message + "." }) }
            : example);

    // The first random property that is not the token (reflash_key) becomes reflash_key_renamed.
    public static ApiSpecification LoginFieldRenamed(ApiSpecification spec) =>
        WithResponses(spec, EffectAction.Login, response =>
        {
            if (!response.IsSuccess)
            {
                return response;
            }

            var schema = response.Schema;
            var victim = schema.VolatileProperties.Keys.First(name => schema.VolatileProperties[name] == VolatileValue.Random && !schema.SessionProperties.ContainsKey(name));
            var renamed = victim + "_renamed";
            string Rename(string name) => name == victim ? renamed : name;
            return response with
            {
                Schema = schema with
                {
                    PropertyNames = [.. schema.PropertyNames.Select(Rename)],
                    RequiredProperties = [.. schema.RequiredProperties.Select(Rename)],
                    VolatileProperties = schema.VolatileProperties.ToDictionary(pair => Rename(pair.Key), pair => pair.Value),
                },
                Examples = [.. response.Examples.Select(example => example with { Json = RenamedJson(example.Json, victim, renamed) })],
            };
        });

    public static ApiSpecification RecordIntegersAsStrings(ApiSpecification spec) =>
        WithResponses(spec, EffectAction.Query, response => response.IsSuccess
            ? response with { Schema = response.Schema with { PropertyTypes = response.Schema.PropertyTypes.ToDictionary(pair => pair.Key, _ => FieldType.String) } }
            : response);

    public static ApiSpecification RegistrationKeyOneShorter(ApiSpecification spec)
    {
        var keys = spec.Resources.ToDictionary(resource => resource, resource => spec.RegistrationKeyField(resource).Name);
        return WithBodyFields(spec, (operation, field) =>
            operation.Effect.Resource is { } resource && keys[resource] == field.Name && field.MaxLength is { } max ? field with { MaxLength = max - 1 } : field);
    }

    public static ApiSpecification BodyBeforeToken(ApiSpecification spec) => spec with
    {
        Operations = [.. spec.Operations.Select(operation => operation with
        {
            NaturalErrors = [.. operation.NaturalErrors.Where(error => error.In != ParameterLocation.Header), .. operation.NaturalErrors.Where(error => error.In == ParameterLocation.Header)],
        })],
    };

    public static ApiSpecification IntegerDefaultsPlusOne(ApiSpecification spec) =>
        WithBodyFields(spec, (operation, field) => operation.Effect.Action == EffectAction.Register && field.Default is { ValueKind: JsonValueKind.Number } number
            ? field with { Default = JsonSerializer.SerializeToElement(number.GetInt64() + 1) }
            : field);

    public static ApiSpecification HtmlAnswers(ApiSpecification spec) =>
        WithResponses(spec, action: null, response => response with { MediaType = "text/html" });

    public static ApiSpecification ExpiryInMilliseconds(ApiSpecification spec) =>
        WithResponses(spec, EffectAction.Login, response => response with
        {
            Schema = response.Schema with { Expiries = response.Schema.Expiries.ToDictionary(pair => pair.Key, pair => pair.Value with { Unit = ExpiryUnit.Milliseconds }) },
        });

    private static ApiSpecification WithResponses(ApiSpecification spec, EffectAction? action, Func<DocumentedResponse, DocumentedResponse> change) => spec with
    {
        Operations = [.. spec.Operations.Select(operation => action is null || operation.Effect.Action == action
            ? operation with { Responses = [.. operation.Responses.Select(change)] }
            : operation)],
    };

    private static ApiSpecification WithExamples(ApiSpecification spec, Func<DocumentedResponse, ResponseExample, ResponseExample> change) =>
        WithResponses(spec, action: null, response => response with { Examples = [.. response.Examples.Select(example => change(response, example))] });

    // Every error changed once, and the check order rebuilt from the changed objects.
    private static ApiSpecification WithErrors(ApiSpecification spec, Func<DocumentedError, DocumentedError> change)
    {
        var changed = new Dictionary<DocumentedError, DocumentedError>(ReferenceEqualityComparer.Instance);
        DocumentedError Changed(DocumentedError error) => changed.TryGetValue(error, out var done) ? done : changed[error] = change(error);
        return spec with
        {
            Operations = [.. spec.Operations.Select(operation => operation with
            {
                Responses = [.. operation.Responses.Select(response => response with
                {
                    Examples = [.. response.Examples.Select(example => example.Error is { } error ? example with { Error = Changed(error) } : example)],
                })],
                NaturalErrors = [.. operation.NaturalErrors.Select(Changed)],
            })],
        };
    }

    private static ApiSpecification WithBodyFields(ApiSpecification spec, Func<ApiOperation, RequestField, RequestField> change) => spec with
    {
        Operations = [.. spec.Operations.Select(operation => operation.Body is { } body
            ? operation with { Body = body with { Fields = [.. body.Fields.Select(field => change(operation, field))] } }
            : operation)],
    };

    private static string RenamedJson(string json, string from, string to)
    {
        if (JsonNode.Parse(json) is not JsonObject body || !body.ContainsKey(from))
        {
            return json;
        }

        var renamed = new JsonObject();
        foreach (var (name, value) in body)
        {
            renamed[name == from ? to : name] = value?.DeepClone();
        }

        return renamed.ToJsonString();
    }
}
