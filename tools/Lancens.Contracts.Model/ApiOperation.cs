namespace Lancens.Contracts.Model;

public sealed record ApiOperation
{
    public required string Id { get; init; }
    public required HttpMethod Method { get; init; }

    /// <summary>The path as the host serves it, base path included, e.g. <c>/v1/api/user/token/{serial}</c>.</summary>
    public required string PathTemplate { get; init; }

    public required string Tag { get; init; }
    public required string Summary { get; init; }
    public required string Description { get; init; }
    public required TokenPlacement Token { get; init; }
    public required OperationEffect Effect { get; init; }
    public required IReadOnlyList<PathParameter> PathParameters { get; init; }

    /// <summary>The JSON body's fields, or null for an operation without a body.</summary>
    public RequestBody? Body { get; init; }

    public required IReadOnlyList<DocumentedResponse> Responses { get; init; }

    public DocumentedResponse Success => Responses.Single(response => response.IsSuccess);

    public IEnumerable<DocumentedError> Errors => Responses.SelectMany(response => response.Errors);

    public DocumentedResponse? Response(int status) => Responses.SingleOrDefault(response => response.Status == status);

    /// <summary>For messages and test names, e.g. <c>PUT /v1/api/user/token/{serial}</c>.</summary>
    public string Route => $"{Method.Method} {PathTemplate}";

    public override string ToString() => Id;
}
