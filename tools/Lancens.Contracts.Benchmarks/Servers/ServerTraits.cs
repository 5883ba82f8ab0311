namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>What a server can be held to when its answers are checked.</summary>
/// <param name="Remembers">It keeps accounts, tokens and registrations: a query answers what this account registered.</param>
/// <param name="AnswersExactErrors">It tells documented errors apart: a request answers its own error's example, not another of the same status.</param>
internal sealed record ServerTraits(bool Remembers, bool AnswersExactErrors);
