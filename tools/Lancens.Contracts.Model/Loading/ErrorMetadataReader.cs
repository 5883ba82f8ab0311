using Newtonsoft.Json.Linq;

namespace Lancens.Contracts.Model.Loading;

/// <summary>One <c>x-lancens-errors</c> entry, checked against the operation it documents.</summary>
internal static class ErrorMetadataReader
{
    public static DocumentedError Read(ApiOperation operation, int status, string exampleName, string? message, JToken entry, string where)
    {
        if (string.IsNullOrEmpty(message))
        {
            throw new SpecificationProblem($"{where}: the example's body needs a non-empty string 'message'");
        }

        var known = new[] { "category", "trigger", "in", "field", "condition" };
        var unknown = ExtensionValue.Object(entry, where).Properties().Select(property => property.Name).FirstOrDefault(name => !known.Contains(name));
        if (unknown is not null)
        {
            throw new SpecificationProblem($"{where}: unknown key '{unknown}' (known: {string.Join(", ", known)})");
        }

        var error = new DocumentedError
        {
            OperationId = operation.Id,
            Status = status,
            ExampleName = exampleName,
            Message = message,
            Category = SpecWords.Parse<ErrorCategory>(ExtensionValue.RequiredString(entry, "category", where), $"{where}.category"),
            Trigger = SpecWords.Parse<ErrorTrigger>(ExtensionValue.RequiredString(entry, "trigger", where), $"{where}.trigger"),
            In = ExtensionValue.OptionalString(entry, "in", where) is { } location ? SpecWords.Parse<ParameterLocation>(location, $"{where}.in") : null,
            Field = ExtensionValue.OptionalString(entry, "field", where),
            Condition = ExtensionValue.OptionalString(entry, "condition", where),
        };
        return error.Trigger == ErrorTrigger.Natural ? CheckNatural(operation, error, where) : CheckForced(error, where);
    }

    private static DocumentedError CheckForced(DocumentedError error, string where) =>
        error.In is null && error.Field is null
            ? error
            : throw new SpecificationProblem($"{where}: a forced error names no 'in' or 'field'; its 'condition' says when it happens");

    private static DocumentedError CheckNatural(ApiOperation operation, DocumentedError error, string where)
    {
        var problem = error.In switch
        {
            null => "a natural error needs 'in' (header or body)",
            ParameterLocation.Header => HeaderProblem(operation, error),
            _ => BodyProblem(operation, error),
        };
        return problem is null ? error : throw new SpecificationProblem($"{where}: {problem}");
    }

    private static string? HeaderProblem(ApiOperation operation, DocumentedError error) =>
        error is { Category: ErrorCategory.NoToken, Field: "token" } && operation.Token == TokenPlacement.Header
            ? null
            : "the only natural header error is no-token on the 'token' header of an operation that reads it";

    private static string? BodyProblem(ApiOperation operation, DocumentedError error)
    {
        if (operation.Body is not { } body)
        {
            return "a natural body error needs an operation with a request body";
        }

        if (error.Field is null)
        {
            return error.Category == ErrorCategory.Internal ? null : "only an internal error (a body that is not a JSON object) names no field";
        }

        var field = body.Fields.SingleOrDefault(candidate => candidate.Name == error.Field);
        return (field, error.Category) switch
        {
            (null, _) => $"the body has no field '{error.Field}'",
            (_, ErrorCategory.MissingParam) when !field.Required => $"'{field.Name}' is optional, so it cannot be missing",
            (_, ErrorCategory.Length) when !field.HasLengthRule => $"'{field.Name}' has no minLength or maxLength",
            (_, ErrorCategory.Validation) when field.AllowedValues.Count == 0 => $"'{field.Name}' has no enum to validate against",
            (_, ErrorCategory.MissingParam or ErrorCategory.Length or ErrorCategory.Validation or ErrorCategory.Format) => null,
            _ => $"a natural body error on a field is missing-param, format, length or validation, not {SpecWords.Of(error.Category)}",
        };
    }
}
