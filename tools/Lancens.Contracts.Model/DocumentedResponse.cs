namespace Lancens.Contracts.Model;

public sealed record DocumentedResponse
{
    public required int Status { get; init; }
    public required string Description { get; init; }

    /// <summary>The media type the answer carries, e.g. <c>application/json</c>.</summary>
    public required string MediaType { get; init; }

    public required ResponseBodySchema Schema { get; init; }
    public required IReadOnlyList<ResponseExample> Examples { get; init; }

    public bool IsSuccess => Status is >= 200 and < 300;

    public IEnumerable<DocumentedError> Errors =>
        Examples.Select(example => example.Error).OfType<DocumentedError>();

    public ResponseExample Example(string name) =>
        Examples.SingleOrDefault(example => example.Name == name)
        ?? throw new KeyNotFoundException($"The {Status} response has no example '{name}'.");
}
