using System.Text.Json;

namespace Lancens.Contracts.Model.Checking;

/// <summary>
/// The natural checks a request's body alone decides, one rule per category: a required field absent, a field of
/// another JSON type (null included), a string outside its length (in code points), an integer outside its listed values
/// (the assumptions empty-null-and-missing and dev-meaning). Every mock runs them from here, in the model's order.
/// </summary>
public static class BodyChecks
{
    /// <summary>Whether the error's check reads the body only: no token or account to look up, no body that is not JSON.</summary>
    public static bool IsBodyOnly(DocumentedError error) =>
        error is { In: ParameterLocation.Body, Field: not null, Category: ErrorCategory.MissingParam or ErrorCategory.Format or ErrorCategory.Length or ErrorCategory.Validation };

    /// <summary>
    /// Whether the body fails the check of <paramref name="category"/> on <paramref name="field"/>. A body that is not a
    /// JSON object lacks every field and has none of the wrong type, length or value.
    /// </summary>
    public static bool Fails(ErrorCategory category, RequestField field, RequestJson body) => category switch
    {
        ErrorCategory.MissingParam => !body.Has(field.Name),
        ErrorCategory.Format => body.Field(field.Name) is { } value && !field.HasTypeOf(value),
        ErrorCategory.Length => body.Field(field.Name) is { ValueKind: JsonValueKind.String } text && !field.FitsLength(text.GetString() ?? string.Empty),
        ErrorCategory.Validation => body.Field(field.Name) is { } number && RequestField.IsInteger(number) && !field.AllowedValues.Contains(number.GetInt64()),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "not a check of the body alone"),
    };

    /// <summary>Whether a JSON object body passes every body-only check of the operation: what a valid request is, short of a token or an account.</summary>
    public static bool Passes(ApiOperation operation, RequestJson body) =>
        body.IsObject && operation.NaturalErrors.Where(IsBodyOnly).All(error =>
            operation.Body?.Fields.FirstOrDefault(field => field.Name == error.Field) is not { } field || !Fails(error.Category, field, body));
}
