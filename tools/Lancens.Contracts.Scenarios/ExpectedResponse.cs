using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios;

/// <summary>The documented response a scenario must produce: its status, the example it matches and, for errors, the exact text.</summary>
public sealed record ExpectedResponse(string OperationId, int Status, string ExampleName, string? Message)
{
    public static ExpectedResponse Of(DocumentedError error) =>
        new(error.OperationId, error.Status, error.ExampleName, error.Message);

    public static ExpectedResponse SuccessOf(ApiOperation operation) =>
        new(operation.Id, operation.Success.Status, operation.Success.Examples[0].Name, null);

    public bool IsSuccess => Message is null;

    public override string ToString() => IsSuccess ? $"{Status} {ExampleName}" : $"{Status} \"{Message}\"";
}
