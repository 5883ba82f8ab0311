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

        ContractScenario Accepts(CheckKind kind, string key, string condition, ScenarioRequest request, string? field = null, Account? account = null) =>
            ScenarioFactory.Create(operation, kind, key, condition, request, expected, field,
                needs: account is null ? TargetNeeds.None : TargetNeeds.MadeUpAccounts,
                given: new Precondition(Registered: requires),
                registers: Registered(spec, operation, request),
                account: account);

        var valid = factory.Valid(requires?.PushToken);
        yield return Accepts(CheckKind.Success, "ValidRequest", "a valid request", valid);
        if (operation.Token == TokenPlacement.Header)
        {
            yield return Accepts(CheckKind.TokenHeader, "TokenHeaderCapitalized", $"the header spelled {spec.RealClient.TokenHeader}", RenameTokenHeader(spec, valid));
        }

        if (operation.Body is not { } body)
        {
            yield break;
        }

        if (body.Fields.Any(field => !field.Required))
        {
            yield return Accepts(CheckKind.Success, "RequiredFieldsOnly", "only the required fields", factory.Valid(requires?.PushToken, withOptionalFields: false));
        }

        // A token's length is whatever login issued, so a token field has no boundary a valid request can sit on.
        foreach (var field in body.Fields.Where(field => field.Session != SessionPart.Token))
        {
            foreach (var (kind, key, condition, value) in Boundaries(field, values))
            {
                if (field.Session == SessionPart.None)
                {
                    yield return Accepts(kind, key, condition, With(valid, field.Name, value), field.Name);
                    continue;
                }

                // An account field on its boundary is another account: the scenario logs in as that made-up account.
                var (request, account) = AsMadeUpAccount(spec, body, With(valid, field.Name, value), values);
                yield return Accepts(kind, key, condition, request, field.Name, account);
            }
        }

        if (operation.Token == TokenPlacement.Header)
        {
            yield return Accepts(CheckKind.RealClient, "RealClientRequest", $"the header {spec.RealClient.TokenHeader}, a charset, extra fields and empty optional strings", RealClient(spec, valid, body));
        }
    }

    // The body's account fields made concrete (the boundary value, made-up values like the spec's examples for the rest, so
    // no two such accounts share a username), and that account.
    private static (ScenarioRequest Request, Account Account) AsMadeUpAccount(ApiSpecification spec, RequestBody body, ScenarioRequest request, TestValues values)
    {
        var loginFields = spec.OperationFor(EffectAction.Login).Body!.Fields;
        var json = JsonNode.Parse(request.Body!)!.AsObject();
        string Value(SessionPart part)
        {
            var field = body.Fields.FirstOrDefault(candidate => candidate.Session == part);
            if (field is null)
            {
                return (string)values.Fresh(loginFields.Single(candidate => candidate.Session == part));
            }

            var current = json[field.Name]!.GetValue<string>();
            if (current == RequestPlaceholders.For(part))
            {
                current = (string)values.Fresh(field);
                json[field.Name] = current;
            }

            return current;
        }

        var account = new Account(Value(SessionPart.Username), Value(SessionPart.Password));
        return (RequestFactory.WithBody(request, json) with { ContentType = request.ContentType }, account);
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

    private static IEnumerable<(CheckKind Kind, string Key, string Condition, object Value)> Boundaries(RequestField field, TestValues values)
    {
        var name = Violations.Pascal(field.Name);
        if (field.MinLength is { } min && min > 0)
        {
            yield return (CheckKind.Boundary, $"{name}Of{min}Characters", $"{field.Name} of {ScenarioFactory.Characters(min)}", values.Text(field, min));
        }

        if (field.MaxLength is { } max)
        {
            yield return (CheckKind.Boundary, $"{name}Of{max}Characters", $"{field.Name} of {ScenarioFactory.Characters(max)}", values.Text(field, max));
            yield return (CheckKind.Unicode, $"{name}Of{max}UnicodeCharacters", $"{field.Name} of {max} CJK and emoji characters", values.Text(field, max, unicode: true));
        }

        foreach (var allowed in field.AllowedValues)
        {
            yield return (CheckKind.Boundary, $"{name}Is{allowed}", $"{field.Name} {allowed}", allowed);
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
