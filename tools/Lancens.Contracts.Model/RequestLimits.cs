namespace Lancens.Contracts.Model;

/// <summary>
/// What the host refuses before any operation looks at a request (<c>x-lancens-request-limits</c>): a body over
/// <paramref name="MaxBodyBytes"/>, or a request that cannot be parsed as HTTP, answers this status and message.
/// </summary>
public sealed record RequestLimits(int MaxBodyBytes, int Status, string Message);
