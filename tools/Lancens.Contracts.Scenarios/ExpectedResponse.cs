using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios;

/// <summary>The documented answer a scenario must produce: its status, the example it matches and, for errors, the exact text.</summary>
public sealed record ExpectedResponse(AnswerKey Answer, string? Message)
{
    public static ExpectedResponse Of(DocumentedError error) =>
        new(new AnswerKey(error.OperationId, error.Status, error.ExampleName), error.Message);

    public static ExpectedResponse SuccessOf(ApiOperation operation) => new(operation.SuccessAnswer.Key, null);

    public int Status => Answer.Status;

    public string ExampleName => Answer.ExampleName;

    public bool IsSuccess => Message is null;

    public override string ToString() => IsSuccess ? $"{Status} {ExampleName}" : $"{Status} \"{Message}\"";
}
