using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Lancens.Contracts.Model.Checking;

/// <summary>
/// What the spec asks of a request that needs nothing the host remembers to judge: the natural checks of the categories
/// no-token, internal (the body is a JSON object), missing-param, format, length and validation, one small rule each.
/// The engine runs these among its own checks (in the model's order, with the look-ups of tokens and accounts between
/// them); the proxy runs them on the traffic it forwards, to tell what a client sent wrong from what a host answered wrong.
/// </summary>
public static class RequestContract
{
    private static readonly ConditionalWeakTable<ApiOperation, (DocumentedError Error, Func<RequestView, bool> Fails)[]> Plans = [];

    /// <summary>Whether a category's natural check reads the request alone, rather than what the host remembers.</summary>
    public static bool IsStateless(ErrorCategory category) =>
        category is ErrorCategory.NoToken or ErrorCategory.Internal or ErrorCategory.MissingParam
            or ErrorCategory.Format or ErrorCategory.Length or ErrorCategory.Validation;

    /// <summary>
    /// The check of one of the operation's natural errors, put together once: true when the request has that error. Null
    /// for an error whose check needs the host's memory (invalid-token, credentials) or names no field the body has.
    /// </summary>
    public static Func<RequestView, bool>? Check(ApiOperation operation, DocumentedError error)
    {
        if (error.Trigger != ErrorTrigger.Natural || !IsStateless(error.Category))
        {
            return null;
        }

        var field = error.Field is { } name ? operation.Body?.Fields.FirstOrDefault(candidate => candidate.Name == name) : null;
        return (error.Category, field) switch
        {
            (ErrorCategory.NoToken, _) => request => string.IsNullOrWhiteSpace(request.TokenHeader),
            (ErrorCategory.Internal, _) => request => !request.Body.IsObject,
            (ErrorCategory.MissingParam, { } required) => request => request.Body.IsObject && !request.Body.Has(required.Name),
            (ErrorCategory.Format, { } typed) => request => request.Body.Field(typed.Name) is { } value && !typed.HasTypeOf(value),
            (ErrorCategory.Length, { } bounded) => request => request.Body.Field(bounded.Name) is { ValueKind: JsonValueKind.String } text && !bounded.FitsLength(text.GetString() ?? string.Empty),
            (ErrorCategory.Validation, { } listed) => request => request.Body.Field(listed.Name) is { } number && RequestField.IsInteger(number) && !listed.AllowedValues.Contains(number.GetInt64()),
            _ => null,
        };
    }

    /// <summary>
    /// Every stateless natural error the request has, in the operation's check order (<see cref="ApiOperation.NaturalErrors"/>):
    /// the first decides the answer unless a check that needs the host's memory comes before it and fails. Empty when
    /// the request passes every check that reads the request alone.
    /// </summary>
    public static IReadOnlyList<DocumentedError> Failures(ApiOperation operation, RequestView request) =>
        [.. PlanOf(operation).Where(step => step.Fails(request)).Select(step => step.Error)];

    /// <summary>Whether an error's check reads the body alone: a field absent, of another type, length or value (what stub matchers can express).</summary>
    public static bool IsBodyOnly(DocumentedError error) =>
        error is { Trigger: ErrorTrigger.Natural, In: ParameterLocation.Body, Field: not null, Category: ErrorCategory.MissingParam or ErrorCategory.Format or ErrorCategory.Length or ErrorCategory.Validation };

    /// <summary>Whether a body has the body-only error <paramref name="error"/> of the operation; a body that is no JSON object has none of them.</summary>
    public static bool FailsBody(ApiOperation operation, DocumentedError error, JsonBody body) =>
        body.IsObject && IsBodyOnly(error) && Check(operation, error) is { } check && check(new RequestView(null, body));

    /// <summary>Whether a JSON object body passes every body-only check of the operation: a valid request, short of a token or an account.</summary>
    public static bool PassesBody(ApiOperation operation, JsonBody body) =>
        body.IsObject && !operation.NaturalErrors.Where(IsBodyOnly).Any(error => FailsBody(operation, error, body));

    // Each operation's checks, put together at its first request.
    private static (DocumentedError Error, Func<RequestView, bool> Fails)[] PlanOf(ApiOperation operation) =>
        Plans.GetValue(operation, _ => [.. operation.NaturalErrors.Select(error => (error, Check(operation, error))).Where(step => step.Item2 is not null).Select(step => (step.error, step.Item2!))]);
}
