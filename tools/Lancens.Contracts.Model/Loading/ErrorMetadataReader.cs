using Newtonsoft.Json.Linq;

namespace Lancens.Contracts.Model.Loading;

/// <summary>One <c>x-lancens-errors</c> entry, checked against the operation it documents.</summary>
internal static class ErrorMetadataReader
{
    public static DocumentedError Read(ApiOperation operation, int status, string exampleName, string? message, JToken entry, string where, string tokenHeader)
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
        return error.Trigger == ErrorTrigger.Natural ? CheckNatural(operation, error, where, tokenHeader) : CheckCondition(error, where);
    }

    private static DocumentedError CheckCondition(DocumentedError error, string where) =>
        error.In is null && error.Field is null
            ? error
            : throw new SpecificationProblem($"{where}: a {SpecWords.Of(error.Trigger)} error names no 'in' or 'field'; its 'condition' says when it happens");

    private static DocumentedError CheckNatural(ApiOperation operation, DocumentedError error, string where, string tokenHeader)
    {
        var problem = error.In switch
        {
            null => "a natural error needs 'in' (header or body)",
            ParameterLocation.Header => HeaderProblem(operation, error, tokenHeader),
            _ => BodyProblem(operation, error),
        };
        return problem is null ? error : throw new SpecificationProblem($"{where}: {problem}");
    }

    private static string? HeaderProblem(ApiOperation operation, DocumentedError error, string tokenHeader) =>
        error.Category is ErrorCategory.NoToken or ErrorCategory.InvalidToken && error.Field == tokenHeader && operation.Token == TokenPlacement.Header
            ? null
            : $"the natural header errors are no-token and invalid-token, on the '{tokenHeader}' header of an operation that reads it";

    private static string? BodyProblem(ApiOperation operation, DocumentedError error)
    {
        if (operation.Body is not { } body)
        {
            return "a natural body error needs an operation with a request body";
        }

        if (error.Field is null)
        {
            return error.Category switch
            {
                ErrorCategory.Internal => null,
                ErrorCategory.Credentials when new[] { SessionPart.Username, SessionPart.Password }.All(part => body.Fields.Any(field => field.Session == part)) => null,
                ErrorCategory.Credentials => "a credentials error needs a body with the fields marked x-lancens-session username and password",
                _ => "only an internal error (a body that is not a JSON object) and a credentials error (the account) name no field",
            };
        }

        var field = body.Fields.SingleOrDefault(candidate => candidate.Name == error.Field);
        return (field, error.Category) switch
        {
            (null, _) => $"the body has no field '{error.Field}'",
            (_, ErrorCategory.MissingParam) when !field.Required => $"'{field.Name}' is optional, so it cannot be missing",
            (_, ErrorCategory.Length) when !field.HasLengthRule => $"'{field.Name}' has no minLength or maxLength",
            (_, ErrorCategory.Validation) when field.AllowedValues.Count == 0 => $"'{field.Name}' has no enum to validate against",
            (_, ErrorCategory.InvalidToken) when field.Session != SessionPart.Token => $"'{field.Name}' is not marked x-lancens-session: token",
            (_, ErrorCategory.InvalidToken) => null,
            (_, ErrorCategory.MissingParam or ErrorCategory.Length or ErrorCategory.Validation or ErrorCategory.Format) => null,
            _ => $"a natural body error on a field is missing-param, format, length or validation, not {SpecWords.Of(error.Category)}",
        };
    }
}
