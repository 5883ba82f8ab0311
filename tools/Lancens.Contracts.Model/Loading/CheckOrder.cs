namespace Lancens.Contracts.Model.Loading;

/// <summary>
/// The order in which the host checks a request (the assumption validation-order): the token header first (missing,
/// then unknown), then the body's shape, category by category in <c>x-lancens-validation-order</c>, fields in schema
/// order, and last the lookups of values the body carries (a token in the body, the account), which need a valid body.
/// </summary>
internal static class CheckOrder
{
    private static readonly ErrorCategory[] HeaderChecks = [ErrorCategory.NoToken, ErrorCategory.InvalidToken];

    /// <summary>Checks the order itself: no category twice, and the header checks first.</summary>
    public static IReadOnlyList<ErrorCategory> Checked(IReadOnlyList<ErrorCategory> order, string name)
    {
        if (order.Distinct().Count() != order.Count)
        {
            throw new SpecificationProblem($"{name} lists a category twice");
        }

        var headerChecks = order.Take(HeaderChecks.Length).ToList();
        return headerChecks.SequenceEqual(HeaderChecks)
            ? order
            : throw new SpecificationProblem(
                $"{name} must start with {string.Join(", ", HeaderChecks.Select(SpecWords.Of))}: the token header is checked before the body");
    }

    public static IReadOnlyList<DocumentedError> Of(ApiOperation operation, IReadOnlyList<ErrorCategory> order)
    {
        var natural = operation.Errors.Where(error => error.Trigger == ErrorTrigger.Natural).ToList();
        var unordered = natural.FirstOrDefault(error => !order.Contains(error.Category));
        if (unordered is not null)
        {
            throw new SpecificationProblem(
                $"x-lancens-validation-order does not place '{SpecWords.Of(unordered.Category)}', a natural error of {operation.Id}");
        }

        return [.. natural.OrderBy(Phase).ThenBy(error => order.ToList().IndexOf(error.Category)).ThenBy(error => FieldRank(operation.Body, error))];
    }

    private static int Phase(DocumentedError error) => error switch
    {
        { In: ParameterLocation.Header } => 0,
        { In: ParameterLocation.Body, Category: ErrorCategory.InvalidToken or ErrorCategory.Credentials } => 2,
        _ => 1,
    };

    private static int FieldRank(RequestBody? body, DocumentedError error)
    {
        if (body is null || error.In != ParameterLocation.Body || error.Field is null)
        {
            return -1;
        }

        return error.Category == ErrorCategory.MissingParam
            ? body.RequiredOrder.ToList().IndexOf(error.Field)
            : body.Fields.ToList().FindIndex(field => field.Name == error.Field);
    }
}
