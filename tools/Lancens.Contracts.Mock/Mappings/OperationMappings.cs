using System.Text.Json.Nodes;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Mock.Mappings;

/// <summary>All stubs of one operation, in the order <see cref="MatchPrecedence"/> describes.</summary>
internal sealed class OperationMappings(ApiSpecification spec, ApiOperation operation, SessionStates states)
{
    private readonly StubFactory _stubs = new(operation);

    public IEnumerable<StubMapping> All()
    {
        var checks = ChecksInValidationOrder().ToList();
        var priority = MatchPrecedence.FirstCheck;
        var ordered = checks.Select(check => check(priority++)).ToList();
        var stateful = new StateMappings(operation, states, _stubs, BodyIsObject).All(priority).ToList();
        if (priority + stateful.Count > MatchPrecedence.BodyNotAnObject)
        {
            throw new InvalidOperationException($"{operation.Id} needs more priorities than the tiers leave");
        }

        return Forced().Concat(Delays()).Concat(ordered).Concat(stateful).Concat(Fallback());
    }

    private IEnumerable<StubMapping> Forced()
    {
        foreach (var error in operation.Errors)
        {
            yield return _stubs.Create(
                MatchPrecedence.ForcedError,
                StubFactory.Answers(error),
                $"{MockControlHeaders.ForceError}: {error.Message}",
                ResponseBodies.Error(operation, error),
                headers: Header(MockControlHeaders.ForceError, new JsonObject { ["equalTo"] = error.Message, ["caseInsensitive"] = true }));
        }

        var documented = string.Join(" | ", operation.Errors.Select(error => error.Message).Distinct());
        yield return _stubs.Create(
            MatchPrecedence.UnknownForcedError,
            "400 unknown forced error",
            $"{MockControlHeaders.ForceError} names an error this operation does not document",
            ResponseBodies.Message(400, $"{MockControlHeaders.ForceError} must be an error {operation.Route} documents: {documented}"),
            headers: Header(MockControlHeaders.ForceError, new JsonObject { ["matches"] = ".*" }));
    }

    private IEnumerable<StubMapping> Delays() =>
        MockFaults.DelaysMilliseconds.Select(delay => _stubs.Create(
            MatchPrecedence.Fault,
            StubFactory.Answers(operation.Success, operation.Success.Examples[0]),
            $"{MockControlHeaders.Fault}: {MockFaults.Delay(delay)}",
            ResponseBodies.Success(operation) with { FixedDelayMilliseconds = delay },
            headers: Header(MockControlHeaders.Fault, new JsonObject { ["equalTo"] = MockFaults.Delay(delay) })));

    private IEnumerable<Func<int, StubMapping>> ChecksInValidationOrder()
    {
        foreach (var category in spec.ValidationOrder)
        {
            if (category == ErrorCategory.InvalidToken && operation.Token == TokenPlacement.Header)
            {
                yield return priority => LoggedOutCheck(priority, body: null);
            }

            foreach (var error in NaturalErrors(category))
            {
                yield return priority => NaturalCheck(error, priority);
            }
        }

        // A token in the body can only be looked at once the body is valid.
        if (operation.Token == TokenPlacement.Body)
        {
            yield return priority => LoggedOutCheck(priority, BodyIsObject);
        }
    }

    private IEnumerable<DocumentedError> NaturalErrors(ErrorCategory category)
    {
        var errors = operation.Errors.Where(error => error.Trigger == ErrorTrigger.Natural && error.Category == category && error.Field is not null);
        if (operation.Body is not { } body)
        {
            return errors;
        }

        return category == ErrorCategory.MissingParam
            ? errors.OrderBy(error => body.RequiredOrder.ToList().IndexOf(error.Field!))
            : errors.OrderBy(error => body.Fields.ToList().FindIndex(field => field.Name == error.Field));
    }

    private StubMapping NaturalCheck(DocumentedError error, int priority)
    {
        if (error.Category == ErrorCategory.NoToken)
        {
            var missingOrBlank = new JsonObject { ["or"] = new JsonArray(new JsonObject { ["absent"] = true }, new JsonObject { ["matches"] = "\\s*" }) };
            return _stubs.Create(priority, StubFactory.Answers(error), "the token header is absent or blank", ResponseBodies.Error(operation, error), headers: Header("token", missingOrBlank));
        }

        var field = operation.Body!.Field(error.Field!);
        var (pattern, when) = error.Category switch
        {
            ErrorCategory.MissingParam => (BodySchemas.Missing(field), $"{field.Name} is absent"),
            ErrorCategory.Format => (BodySchemas.WrongType(field), $"{field.Name} is not a JSON {(field.Type == FieldType.Integer ? "integer" : "string")}"),
            ErrorCategory.Length => (BodySchemas.OutsideLength(field), $"{field.Name} is not {field.MinLength ?? 0} to {(field.MaxLength is { } max ? max.ToString(System.Globalization.CultureInfo.InvariantCulture) : "any")} characters long"),
            ErrorCategory.Validation => (BodySchemas.OutsideValues(field), $"{field.Name} is not one of {string.Join(", ", field.AllowedValues)}"),
            _ => throw new InvalidOperationException($"{error} has no request check"),
        };
        return _stubs.Create(priority, StubFactory.Answers(error), when, ResponseBodies.Error(operation, error), body: [pattern]);
    }

    private StubMapping LoggedOutCheck(int priority, IReadOnlyList<JsonObject>? body)
    {
        var invalidToken = operation.Errors.SingleOrDefault(error => error.Category == ErrorCategory.InvalidToken)
            ?? throw new InvalidOperationException($"{operation.Id} reads a token but documents no invalid-token error");
        return _stubs.Create(
            priority,
            StubFactory.Answers(invalidToken),
            "the user has logged out (until the next login)",
            ResponseBodies.Error(operation, invalidToken),
            body: body,
            requiredState: SessionStates.LoggedOut);
    }

    private IEnumerable<StubMapping> Fallback()
    {
        if (operation.Body is null)
        {
            yield break;
        }

        var malformed = operation.Errors.SingleOrDefault(error => error is { Category: ErrorCategory.Internal, Trigger: ErrorTrigger.Natural })
            ?? throw new InvalidOperationException($"{operation.Id} takes a body but documents no natural error for a malformed one");
        yield return _stubs.Create(
            MatchPrecedence.BodyNotAnObject,
            StubFactory.Answers(malformed),
            "the body is not a JSON object (malformed, truncated, empty, binary or another JSON type)",
            ResponseBodies.Error(operation, malformed));
    }

    private IReadOnlyList<JsonObject>? BodyIsObject => operation.Body is null ? null : [BodySchemas.IsObject()];

    private static Dictionary<string, JsonObject> Header(string name, JsonObject matcher) => new() { [name] = matcher };
}
