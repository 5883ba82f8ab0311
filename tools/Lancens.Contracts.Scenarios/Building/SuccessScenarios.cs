using System.Text.Json.Nodes;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios.Building;

/// <summary>Requests each operation must accept: the canonical one, every boundary of every rule, and what real clients send.</summary>
internal static class SuccessScenarios
{
    public static IEnumerable<ContractScenario> For(RequestFactory factory, TestValues values)
    {
        var operation = factory.Operation;
        var expected = ExpectedResponse.SuccessOf(operation);
        var spec = factory.Spec;
        var requires = operation.Effect.NeedsRegistration
            ? new Registration(operation.Effect.Resource!, (string)values.Fresh(spec.RegistrationKeyField(operation.Effect.Resource!)))
            : null;

        ContractScenario Accepts(string key, string condition, ScenarioRequest request, string? mockOnlyReason = null) =>
            ScenarioFactory.Create(operation, key, condition, request, expected, requires, Registered(spec, operation, request), mockOnlyReason);

        var valid = factory.Valid(requires?.PushToken);
        yield return Accepts("ValidRequest", "a valid request", valid);
        if (operation.Token == TokenPlacement.Header)
        {
            yield return Accepts("TokenHeaderCapitalized", $"the header spelled {spec.RealClient.TokenHeader}", RenameTokenHeader(spec, valid));
        }

        if (operation.Body is not { } body)
        {
            yield break;
        }

        if (body.Fields.Any(field => !field.Required))
        {
            yield return Accepts("RequiredFieldsOnly", "only the required fields", factory.Valid(requires?.PushToken, withOptionalFields: false));
        }

        foreach (var field in body.Fields)
        {
            var accountOnly = field.Session == SessionPart.None
                ? null
                : $"the real host accepts only the test account's own {field.Name}";
            foreach (var (key, condition, value) in Boundaries(field, values))
            {
                yield return Accepts(key, condition, With(valid, field.Name, value), accountOnly);
            }
        }

        if (operation.Token == TokenPlacement.Header)
        {
            yield return Accepts("RealClientRequest", $"the header {spec.RealClient.TokenHeader}, a charset, extra fields and empty optional strings", RealClient(spec, valid, body));
        }
    }

    private static Registration? Registered(ApiSpecification spec, ApiOperation operation, ScenarioRequest request)
    {
        if (!operation.Effect.LeavesRegistration || request.Body is null)
        {
            return null;
        }

        var resource = operation.Effect.Resource!;
        var key = JsonNode.Parse(request.Body)?[spec.RegistrationKeyField(resource).Name]?.GetValue<string>();
        return key is null ? null : new Registration(resource, key);
    }

    private static IEnumerable<(string Key, string Condition, object Value)> Boundaries(RequestField field, TestValues values)
    {
        var name = Violations.Pascal(field.Name);
        if (field.MinLength is { } min && min > 0)
        {
            yield return ($"{name}Of{min}Characters", $"{field.Name} of {ScenarioFactory.Characters(min)}", values.Text(field, min));
        }

        if (field.MaxLength is { } max)
        {
            yield return ($"{name}Of{max}Characters", $"{field.Name} of {ScenarioFactory.Characters(max)}", values.Text(field, max));
            yield return ($"{name}Of{max}UnicodeCharacters", $"{field.Name} of {max} CJK and emoji characters", values.Text(field, max, unicode: true));
        }

        foreach (var allowed in field.AllowedValues)
        {
            yield return ($"{name}Is{allowed}", $"{field.Name} {allowed}", allowed);
        }
    }

    private static ScenarioRequest With(ScenarioRequest request, string field, object value) =>
        RequestFactory.ChangeBody(request, body => body[field] = RequestFactory.ToNode(value));

    private static ScenarioRequest RenameTokenHeader(ApiSpecification spec, ScenarioRequest request) =>
        request.WithoutHeader(spec.TokenHeader).WithHeader(spec.RealClient.TokenHeader, RequestPlaceholders.Token);

    // What public clients send (x-lancens-real-client): their token header, a charset, unlisted fields, "" for optional strings.
    private static ScenarioRequest RealClient(ApiSpecification spec, ScenarioRequest valid, RequestBody body)
    {
        var client = spec.RealClient;
        var changed = RequestFactory.ChangeBody(valid, json =>
        {
            var emptied = client.EmptyOptionalStrings ? body.Fields.Where(field => !field.Required && field.Type == FieldType.String && field.Session == SessionPart.None) : [];
            foreach (var optional in emptied)
            {
                json[optional.Name] = string.Empty;
            }

            foreach (var (name, value) in client.ExtraFields)
            {
                json[name] = RequestFactory.ToNode(value);
            }
        });
        return RenameTokenHeader(spec, changed) with { ContentType = client.ContentType };
    }
}
