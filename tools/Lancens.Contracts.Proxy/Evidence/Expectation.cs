using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;

namespace Lancens.Contracts.Proxy.Evidence;

/// <summary>
/// One answer the spec allows for an exchange, with the facets it puts to the test when the host gives it. A further
/// check (a record compared field by field, a login answer's expiry) decides the facets that need more than the answer.
/// </summary>
internal sealed record Alternative(AnswerKey Key, IReadOnlyList<CheckFacets> Facets, Func<ObservedResponse, string?>? Further = null, IReadOnlyList<CheckFacets>? FurtherFacets = null)
{
    public bool IsEvidence => Facets.Count > 0 || FurtherFacets is { Count: > 0 };
}

/// <summary>The facets of one exchange, in the spec's vocabulary (<see cref="CheckKind"/>).</summary>
internal static class Facets
{
    public static CheckFacets Natural(ApiOperation operation, DocumentedError error) => new(CheckKind.Natural, error.Category, error.Field, operation.Id, null);

    public static CheckFacets Precedence(ApiOperation operation, DocumentedError winner) => new(CheckKind.Precedence, winner.Category, winner.Field, operation.Id, null);

    public static CheckFacets State(ApiOperation operation, DocumentedError error) => new(CheckKind.State, error.Category, error.Field, operation.Id, null);

    public static CheckFacets Of(CheckKind kind, ApiOperation operation, string? field = null) => new(kind, null, field, operation.Id, null);

    /// <summary>E.g. <c>404 "no data error"</c>, or <c>200 (record)</c> for a success.</summary>
    public static string Describe(ApiOperation operation, AnswerKey key)
    {
        var example = operation.Response(key.Status)?.Examples.FirstOrDefault(candidate => candidate.Name == key.ExampleName);
        return example?.Error is { } error ? $"{key.Status} \"{error.Message}\"" : $"{key.Status} ({key.ExampleName})";
    }
}
