using System.Text.RegularExpressions;

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

    /// <summary>
    /// The natural errors in the order the host checks them, the first failing check deciding the answer: by the
    /// spec's <c>x-lancens-validation-order</c>, then within a category by field, in the order the body schema lists
    /// them (its <c>required</c> list for missing-param).
    /// </summary>
    public IReadOnlyList<DocumentedError> NaturalErrors { get; init; } = [];

    public DocumentedResponse Success => Responses.Single(response => response.IsSuccess);

    /// <summary>The success answer: the success response and its first example.</summary>
    public DocumentedAnswer SuccessAnswer => new(this, Success, Success.Examples[0]);

    public IEnumerable<DocumentedError> Errors => Responses.SelectMany(response => response.Errors);

    /// <summary>Every answer this operation documents, in spec order.</summary>
    public IEnumerable<DocumentedAnswer> Answers =>
        Responses.SelectMany(response => response.Examples.Select(example => new DocumentedAnswer(this, response, example)));

    public DocumentedResponse? Response(int status) => Responses.SingleOrDefault(response => response.Status == status);

    /// <summary>The one error of a category this operation documents, e.g. its invalid-token error.</summary>
    /// <exception cref="KeyNotFoundException">It documents none, or more than one.</exception>
    public DocumentedError Error(ErrorCategory category)
    {
        var errors = Errors.Where(error => error.Category == category).ToList();
        return errors.Count == 1
            ? errors[0]
            : throw new KeyNotFoundException($"{Id} documents {errors.Count} {SpecWords.Of(category)} errors, not one");
    }

    /// <summary>The documented answer an error stands for.</summary>
    public DocumentedAnswer Answer(DocumentedError error)
    {
        var response = Response(error.Status) ?? throw new KeyNotFoundException($"{Id} has no {error.Status} response");
        return new DocumentedAnswer(this, response, response.Example(error.ExampleName));
    }

    /// <summary>
    /// A regular expression (without anchors) of the paths the operation answers: its template, each path parameter one
    /// non-empty segment, e.g. <c>/v1/api/user/token/[^/]+</c>.
    /// </summary>
    public string PathPattern => Regex.Replace(Regex.Escape(PathTemplate), @"\\\{[^}]+}", "[^/]+");

    /// <summary>For messages and test names, e.g. <c>PUT /v1/api/user/token/{serial}</c>.</summary>
    public string Route => $"{Method.Method} {PathTemplate}";

    public override string ToString() => Id;
}
