using Lancens.Contracts.Benchmarks.Load;

namespace Lancens.Contracts.Benchmarks.Soak;

/// <summary>What the soak saw, and whether every answer was right.</summary>
internal sealed record SoakResult(SoakSettings Settings, string Engine, GeneratorResult Load, long ResidentBytesAfter)
{
    /// <summary>
    /// No connection error, no undocumented answer, no leak; and, stricter than those three, no documented answer other
    /// than the step's own, since each virtual user's account is its alone.
    /// </summary>
    public bool Passed => Load.Answers > 0 && Load.ConnectionErrors == 0 && Load.Undocumented == 0 && Load.Leaks == 0 && Load.Wrong == 0;
}
