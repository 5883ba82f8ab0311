namespace Lancens.Contracts.MockServer.Admin;

/// <summary>One request the engine answered: what came in, what went out, and which documented answer or rule decided it.</summary>
/// <param name="Answered">The documented answer, e.g. <c>getRingPushToken 404 no_data_error</c>, or the spec extension that documents it.</param>
/// <param name="DecidedBy">The stage and rule that chose it, e.g. <c>natural check missing-param push_token</c>.</param>
public sealed record JournalEntry(DateTimeOffset Time, string Method, string Path, int Status, string Answered, string DecidedBy, string? Operation);
