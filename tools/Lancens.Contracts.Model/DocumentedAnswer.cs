namespace Lancens.Contracts.Model;

/// <summary>
/// One answer the spec documents: an operation, one of its response statuses and one named example of it. The spec's
/// <see cref="ApiSpecification.DocumentedResponses"/> lists them all; catalogs, matrices and coverage gates use that list.
/// </summary>
public sealed record DocumentedAnswer(ApiOperation Operation, DocumentedResponse Response, ResponseExample Example)
{
    public AnswerKey Key => new(Operation.Id, Response.Status, Example.Name);

    /// <summary>The documented error this answer stands for; null for the success answer.</summary>
    public DocumentedError? Error => Example.Error;

    public override string ToString() => Key.ToString();
}

/// <summary>What tells documented answers apart, e.g. <c>registerRingPushToken 400 undefined_push_token</c>.</summary>
public readonly record struct AnswerKey(string OperationId, int Status, string ExampleName)
{
    public override string ToString() => $"{OperationId} {Status} {ExampleName}";
}
