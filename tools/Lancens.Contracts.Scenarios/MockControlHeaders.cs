namespace Lancens.Contracts.Scenarios;

/// <summary>The two request headers the mock documents for driving it; the real host ignores them.</summary>
public static class MockControlHeaders
{
    /// <summary>Forces a documented error of the operation: the value is the exact error text, e.g. <c>push_token exist</c>.</summary>
    public const string ForceError = "X-Lancens-Mock-Error";

    /// <summary>Makes the mock misbehave on the wire: a delay, a reset connection, an empty or garbage answer.</summary>
    public const string Fault = "X-Lancens-Mock-Fault";
}
