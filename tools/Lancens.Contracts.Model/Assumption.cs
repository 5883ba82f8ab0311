namespace Lancens.Contracts.Model;

/// <summary>A decision the vendor's documents leave open (<c>x-assumptions</c>), so that a live run can confirm or refute it.</summary>
/// <param name="Operations">The operationIds it affects.</param>
/// <param name="Check">How the contract suite puts it to the test.</param>
public sealed record Assumption(string Id, string Decision, string Evidence, IReadOnlyList<string> Operations, string Check);
