namespace Lancens.Contracts.Benchmarks;

/// <summary>The benchmark could not run or measured the wrong thing; the message says what to fix.</summary>
internal sealed class BenchmarkException(string message) : Exception(message);
