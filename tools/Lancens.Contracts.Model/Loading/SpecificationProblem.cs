namespace Lancens.Contracts.Model.Loading;

/// <summary>One inconsistency found while reading the spec; the loader adds the file name.</summary>
internal sealed class SpecificationProblem(string message) : Exception(message);
