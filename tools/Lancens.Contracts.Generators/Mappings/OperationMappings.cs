using System.Text.Json.Nodes;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Generators.Mappings;

/// <summary>All stubs of one operation, tier by tier as <see cref="StubPrecedence"/> describes.</summary>
internal sealed class OperationMappings(ApiOperation operation, SessionScenario states)
{
    private readonly StubFactory _stubs = new(operation);

    public IEnumerable<StubMapping> All()
    {
        var validBody = operation.Body is { } body ? new[] { BodySchemas.Valid(body) } : null;
        var stateful = new StateMappings(operation, states, _stubs, validBody).All();
        return TokenChecks(validBody).Concat(stateful).Concat(BodyChecks()).Concat(Fallback()).Concat(Delays()).Concat(Forced());
    }

    // Header-token checks are shared by all operations of a method (TokenCheckMappings).
    private IEnumerable<StubMapping> TokenChecks(IReadOnlyList<JsonObject>? validBody)
    {
        // A token in the body can only be looked at once the body is valid.
        if (operation.Token == TokenPlacement.Body)
        {
            var invalidToken = operation.Error(ErrorCategory.InvalidToken);
            yield return _stubs.Create(
                StubPrecedence.LoggedOutWithValidBody,
                StubFactory.Answers(invalidToken),
                SessionScenario.LoggedOutCondition,
                ResponseBodies.Error(operation, invalidToken),
                body: validBody,
                requiredState: SessionScenario.LoggedOut);
        }
    }

    private IEnumerable<StubMapping> BodyChecks()
    {
        if (operation.Body is not { } body)
        {
            yield break;
        }

        // The checks a JSON schema can express; looking a token or an account up needs a memory stock WireMock lacks.
        foreach (var (error, priority) in StubPrecedence.BodyChecks(operation))
        {
            yield return BodyCheck(error, body.Field(error.Field!), priority);
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

        var malformed = operation.Error(ErrorCategory.Internal);
        yield return _stubs.Create(
            StubPrecedence.BodyNotAnObject,
            StubFactory.Answers(malformed),
            "the body is not a JSON object (malformed, truncated, empty, binary or another JSON type)",
            ResponseBodies.Error(operation, malformed));
    }

    private IEnumerable<StubMapping> Delays() =>
        MockControl.DelayPresetsMilliseconds.Select(delay => _stubs.Create(
            StubPrecedence.Fault,
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
                StubPrecedence.ForcedError,
                StubFactory.Answers(error),
                $"{MockControl.ErrorHeader}: {error.Message}",
                ResponseBodies.Error(operation, error),
                headers: Header(MockControl.ErrorHeader, new JsonObject { ["equalTo"] = error.Message, ["caseInsensitive"] = true }),
                isControl: true);
        }

        yield return _stubs.Create(
            StubPrecedence.UnknownForcedError,
            $"{MockControl.RefusalStatus} unknown forced error",
            $"{MockControl.ErrorHeader} names an error this operation does not document",
            ResponseBodies.Message(MockControl.RefusalStatus, MockControl.UnknownErrorMessage(operation)),
            headers: Header(MockControl.ErrorHeader, new JsonObject { ["matches"] = ".*" }),
            isControl: true);
    }

    private static Dictionary<string, JsonObject> Header(string name, JsonObject matcher) => new() { [name] = matcher };
}
