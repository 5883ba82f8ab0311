using Lancens.Contracts.Model.Loading;

namespace Lancens.Contracts.Model;

/// <summary>The spec as the rest of the product sees it; NSwag stays inside the loader.</summary>
public sealed class ApiSpecification
{
    public required string SourcePath { get; init; }
    public required string Title { get; init; }
    public required string Version { get; init; }

    /// <summary>The first server of the spec: the production host with its base path.</summary>
    public required Uri DefaultBaseUrl { get; init; }

    /// <summary>The path every operation is served under, e.g. <c>/v1/api</c>.</summary>
    public required string BasePath { get; init; }

    public required IReadOnlyList<ApiOperation> Operations { get; init; }
    public required IReadOnlyList<ErrorCategory> ValidationOrder { get; init; }
    public required UnknownRoute UnknownRoute { get; init; }
    public required IReadOnlyList<Assumption> Assumptions { get; init; }

    /// <summary>Every documented error of every operation, in spec order.</summary>
    public IEnumerable<DocumentedError> ErrorCatalog => Operations.SelectMany(operation => operation.Errors);

    /// <summary>
    /// An operation's natural errors in the order the host checks them: by <see cref="ValidationOrder"/>, then within a
    /// category by field, in the order the body schema lists them (its <c>required</c> list for missing-param).
    /// </summary>
    public IReadOnlyList<DocumentedError> NaturalErrorsInCheckOrder(ApiOperation operation)
    {
        var categories = ValidationOrder.ToList();
        return [.. operation.Errors.Where(error => error.Trigger == ErrorTrigger.Natural)
            .OrderBy(error => categories.IndexOf(error.Category))
            .ThenBy(error => FieldRank(operation.Body, error))];
    }

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

    public ApiOperation Operation(string operationId) =>
        Operations.SingleOrDefault(operation => operation.Id == operationId)
        ?? throw new KeyNotFoundException($"The spec has no operation '{operationId}'.");

    /// <summary>Loads and checks a spec file; every problem is a <see cref="SpecificationException"/> naming the file.</summary>
    public static ApiSpecification Load(string path) => SpecificationLoader.Load(path);
}
