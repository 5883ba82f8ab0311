using System.Text.Json.Nodes;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Generators.Mappings;

/// <summary>All stubs of one operation, tier by tier as <see cref="MatchPrecedence"/> describes.</summary>
internal sealed class OperationMappings(ApiSpecification spec, ApiOperation operation, SessionStates states)
{
    private static readonly ErrorCategory[] HeaderChecks = [ErrorCategory.NoToken, ErrorCategory.InvalidToken];

    private readonly StubFactory _stubs = new(operation);

    public IEnumerable<StubMapping> All()
    {
        RequireHeaderChecksFirst();
        var validBody = operation.Body is { } body ? new[] { BodySchemas.Valid(body) } : null;
        var stateful = new StateMappings(operation, states, _stubs, validBody).All();
        return TokenChecks(validBody).Concat(stateful).Concat(BodyChecks()).Concat(Fallback()).Concat(Delays()).Concat(Forced());
    }

    // The tiers answer every header check before any body check; a spec that orders them otherwise needs another layout.
    private void RequireHeaderChecksFirst()
    {
        var order = spec.ValidationOrder.ToList();
        var lastHeader = HeaderChecks.Max(category => order.IndexOf(category));
        var firstBody = order.Where(category => !HeaderChecks.Contains(category)).Select(category => order.IndexOf(category)).DefaultIfEmpty(int.MaxValue).Min();
        if (order.IndexOf(ErrorCategory.NoToken) > order.IndexOf(ErrorCategory.InvalidToken) || lastHeader > firstBody)
        {
            throw new InvalidOperationException(
                "x-lancens-validation-order must check no-token, then invalid-token, before any body check; the mock's tiers rely on it");
        }
    }

    // Header-token checks are shared by all operations of a method (TokenCheckMappings).
    private IEnumerable<StubMapping> TokenChecks(IReadOnlyList<JsonObject>? validBody)
    {
        // A token in the body can only be looked at once the body is valid.
        if (operation.Token == TokenPlacement.Body)
        {
            yield return LoggedOut(MatchPrecedence.LoggedOutWithValidBody, validBody);
        }
    }

    private StubMapping LoggedOut(int priority, IReadOnlyList<JsonObject>? body)
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

    private IEnumerable<StubMapping> BodyChecks()
    {
        if (operation.Body is not { } body)
        {
            yield break;
        }

        var priority = MatchPrecedence.FirstBodyCheck;
        foreach (var error in spec.NaturalErrorsInCheckOrder(operation).Where(error => error is { In: ParameterLocation.Body, Field: not null }))
        {
            if (priority >= MatchPrecedence.BodyNotAnObject)
            {
                throw new InvalidOperationException($"{operation.Id} has more body checks than its tier holds");
            }

            yield return BodyCheck(error, body.Field(error.Field!), priority++);
        }
    }

    private StubMapping BodyCheck(DocumentedError error, RequestField field, int priority)
    {
        var (pattern, when) = error.Category switch
        {
            ErrorCategory.MissingParam => (BodySchemas.Missing(field), $"{field.Name} is absent"),
            ErrorCategory.Format => (BodySchemas.WrongType(field), $"{field.Name} is not a JSON {(field.Type == FieldType.Integer ? "integer" : "string")}"),
            ErrorCategory.Length => (BodySchemas.OutsideLength(field), $"{field.Name} is not {field.MinLength ?? 0} to {(field.MaxLength is { } max ? max.ToString(System.Globalization.CultureInfo.InvariantCulture) : "any")} characters long"),
            ErrorCategory.Validation => (BodySchemas.OutsideValues(field), $"{field.Name} is not one of {string.Join(", ", field.AllowedValues)}"),
            _ => throw new InvalidOperationException($"{error} has no body check"),
        };
        return _stubs.Create(priority, StubFactory.Answers(error), when, ResponseBodies.Error(operation, error), body: [pattern]);
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

    private IEnumerable<StubMapping> Delays() =>
        MockControl.DelayPresetsMilliseconds.Select(delay => _stubs.Create(
            MatchPrecedence.Fault,
            StubFactory.Answers(operation.Success, operation.Success.Examples[0]),
            $"{MockControl.FaultHeader}: {MockControl.Delay(delay)}",
            ResponseBodies.Success(operation) with { FixedDelayMilliseconds = delay },
            headers: Header(MockControl.FaultHeader, new JsonObject { ["equalTo"] = MockControl.Delay(delay) }),
            isControl: true));

    private IEnumerable<StubMapping> Forced()
    {
        foreach (var error in operation.Errors)
        {
            yield return _stubs.Create(
                MatchPrecedence.ForcedError,
                StubFactory.Answers(error),
                $"{MockControl.ErrorHeader}: {error.Message}",
                ResponseBodies.Error(operation, error),
                headers: Header(MockControl.ErrorHeader, new JsonObject { ["equalTo"] = error.Message, ["caseInsensitive"] = true }),
                isControl: true);
        }

        var documented = string.Join(" | ", operation.Errors.Select(error => error.Message).Distinct());
        yield return _stubs.Create(
            MatchPrecedence.UnknownForcedError,
            "400 unknown forced error",
            $"{MockControl.ErrorHeader} names an error this operation does not document",
            ResponseBodies.Message(400, $"{MockControl.ErrorHeader} must be an error {operation.Route} documents: {documented}"),
            headers: Header(MockControl.ErrorHeader, new JsonObject { ["matches"] = ".*" }),
            isControl: true);
    }

    private static Dictionary<string, JsonObject> Header(string name, JsonObject matcher) => new() { [name] = matcher };
}
