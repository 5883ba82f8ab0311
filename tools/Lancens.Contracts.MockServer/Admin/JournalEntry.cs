namespace Lancens.Contracts.MockServer.Admin;

/// <summary>One request the engine answered, or one thing it did on its own: what came in, what went out, and which documented answer or rule decided it.</summary>
/// <param name="Number">Counts up from 1 with every entry, so a reader asks only for the ones after the last it saw.</param>
/// <param name="Answered">The documented answer, e.g. <c>getRingPushToken 404 no_data_error</c>, the spec extension that documents it, or what the engine did.</param>
/// <param name="DecidedBy">The stage and rule that chose it, e.g. <c>natural check missing-param push_token</c>.</param>
public sealed record JournalEntry(long Number, DateTimeOffset Time, string Method, string Path, int Status, string Answered, string DecidedBy, string? Operation);
