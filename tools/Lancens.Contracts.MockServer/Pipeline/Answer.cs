namespace Lancens.Contracts.MockServer.Pipeline;

/// <summary>What the engine sends back, and which documented answer or rule it is, for the journal.</summary>
/// <param name="ContentType">The media type the spec documents for the answer.</param>
/// <param name="Documented">The documented answer, e.g. <c>registerRingPushToken 400 undefined_push_token</c>, or the rule when the spec documents it elsewhere.</param>
internal sealed record Answer(int Status, string ContentType, ReadOnlyMemory<byte> Body, string Documented);
