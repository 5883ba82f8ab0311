namespace Lancens.Contracts.Benchmarks.Reporting;

/// <summary>One target the engine is held to, what this run measured, and whether that met it.</summary>
internal sealed record TargetVerdict(string Target, string Measured, bool Met);
