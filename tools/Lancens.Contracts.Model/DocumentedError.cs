namespace Lancens.Contracts.Model;

/// <summary>One entry of the error catalog: an operation, the response that carries the error, and how it is triggered.</summary>
public sealed record DocumentedError
{
    public required string OperationId { get; init; }
    public required int Status { get; init; }

    /// <summary>The example's name on its response, e.g. <c>undefined_push_token</c>.</summary>
    public required string ExampleName { get; init; }

    /// <summary>The vendor's exact error text, e.g. <c>undefined push_token</c>.</summary>
    public required string Message { get; init; }

    public required ErrorCategory Category { get; init; }
    public required ErrorTrigger Trigger { get; init; }

    /// <summary>For a natural error: where the request goes wrong.</summary>
    public ParameterLocation? In { get; init; }

    /// <summary>For a natural error: the field or header concerned; null when the body (or the account it names) as a whole is wrong.</summary>
    public string? Field { get; init; }

    /// <summary>For a state or forced error: the condition on the server, in words.</summary>
    public string? Condition { get; init; }

    public override string ToString() => $"{OperationId} {Status} {Message}";
}

public enum ErrorTrigger
{
    /// <summary>The request itself causes it.</summary>
    Natural,

    /// <summary>What the host remembers causes it (nothing registered); any client can reach that state.</summary>
    State,

    /// <summary>A server-side condition no client can cause; the mock reproduces it on demand.</summary>
    Forced,
}

public enum ParameterLocation
{
    Header,
    Body,
}
