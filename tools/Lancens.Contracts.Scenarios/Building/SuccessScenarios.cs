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
        var requires = NeedsRegistration(operation.Effect) ? new Registration(operation.Effect.Resource!, values.PushToken()) : null;

        ContractScenario Accepts(string key, string condition, ScenarioRequest request, string? mockOnlyReason = null) =>
            ScenarioFactory.Create(operation, key, condition, request, expected, requires, Registered(operation, request), mockOnlyReason);

        var valid = factory.Valid(requires?.PushToken);
        yield return Accepts("ValidRequest", "a valid request", valid);
        if (operation.Token == TokenPlacement.Header)
        {
            yield return Accepts("TokenHeaderCapitalized", "the header spelled Token", RenameTokenHeader(valid));
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
            var accountOnly = field.Session == SessionValue.None
                ? null
                : $"the real host accepts only the test account's own {field.Name}";
            foreach (var (key, condition, value) in Boundaries(field, values))
            {
                yield return Accepts(key, condition, With(valid, field.Name, value), accountOnly);
            }
        }

        if (operation.Token == TokenPlacement.Header)
        {
            yield return Accepts("RealClientRequest", "the header Token, a charset, extra fields and empty optional strings", RealClient(valid, body));
        }
    }

    private static bool NeedsRegistration(OperationEffect effect) =>
        effect.Action is EffectAction.Query or EffectAction.Update or EffectAction.DeleteOne;

    private static Registration? Registered(ApiOperation operation, ScenarioRequest request)
    {
        if (operation.Effect.Action is not (EffectAction.Register or EffectAction.Update) || request.Body is null)
        {
            return null;
        }

        var pushToken = JsonNode.Parse(request.Body)?["push_token"]?.GetValue<string>();
        return pushToken is null ? null : new Registration(operation.Effect.Resource!, pushToken);
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

    private static ScenarioRequest RenameTokenHeader(ScenarioRequest request) =>
        request.WithoutHeader("token").WithHeader("Token", SessionPlaceholders.Token);

    // Public clients send Token, a charset, fields the documents do not list and os_token as "" (API-NOTES).
    private static ScenarioRequest RealClient(ScenarioRequest valid, RequestBody body)
    {
        var changed = RequestFactory.ChangeBody(valid, json =>
        {
            foreach (var optional in body.Fields.Where(field => !field.Required && field.Type == FieldType.String && field.Session == SessionValue.None))
            {
                json[optional.Name] = string.Empty;
            }

            json["os_push_version"] = "2.1.0";
            json["phone_model"] ??= "xiaomi6";
            json["app_build"] = 20261122;
        });
        return RenameTokenHeader(changed) with { ContentType = "application/json; charset=UTF-8" };
    }
}
