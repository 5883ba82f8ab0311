namespace Lancens.Contracts.Model;

/// <summary>A decision the vendor's documents leave open (<c>x-assumptions</c>), so that a live run can confirm or refute it.</summary>
/// <param name="Operations">The operationIds it affects.</param>
/// <param name="Check">How the contract suite puts it to the test, in words.</param>
/// <param name="VerifiedBy">The contract checks that put it to the test (<c>verified-by</c>).</param>
public sealed record Assumption(string Id, string Decision, string Evidence, IReadOnlyList<string> Operations, string Check, IReadOnlyList<CheckSelector> VerifiedBy)
{
    /// <summary>Whether a check of the suite puts this assumption to the test.</summary>
    public bool IsVerifiedBy(CheckFacets check) =>
        (check.Operation is null || Operations.Contains(check.Operation)) && VerifiedBy.Any(selector => selector.Matches(check));

    public override string ToString() => Id;
}
