namespace Lancens.Contracts.Model.Mocking;

/// <summary>
/// The mock-control protocol: how a client makes a mock answer what it would not answer on its own, and where the
/// admin endpoints live (each one in <see cref="AdminRoutes"/>). The real host ignores it. Every mock (the engine, the
/// WireMock mappings), the proxy, the scenarios, the catalog and <c>lancens serve</c> read it here.
/// </summary>
public static class MockControl
{
    /// <summary>Answers a documented error of the operation: the value is its exact text, in any letter case.</summary>
    public const string ErrorHeader = "X-Lancens-Mock-Error";

    /// <summary>Makes the mock misbehave on the wire: a delay, a reset connection, an empty or garbage answer.</summary>
    public const string FaultHeader = "X-Lancens-Mock-Fault";

    /// <summary>The longest delay a mock offers: a mobile client's own timeouts are shorter.</summary>
    public static TimeSpan MaxDelay { get; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The delays stock WireMock offers, in milliseconds: its delays are fixed per stub, so the mappings carry one stub
    /// per value. The engine takes any delay up to <see cref="MaxDelay"/>.
    /// </summary>
    public static IReadOnlyList<int> DelayPresetsMilliseconds { get; } = [500, 1000, 3000, 5000, 10000, 30000];

    public static IReadOnlyList<ConnectionFault> ConnectionFaults { get; } =
    [
        new(ConnectionFaultKind.Reset, "the connection is reset before any answer"),
        new(ConnectionFaultKind.Empty, "the connection closes without an answer"),
        new(ConnectionFaultKind.Garbage, "random bytes, no HTTP status line, then the connection closes"),
        new(ConnectionFaultKind.MalformedChunk, "a 200 status, then a broken chunked body"),
    ];

    /// <summary>The status a mock answers a control header (or an arm request) it cannot honour with, in the API's <c>{"message": ...}</c> shape.</summary>
    public const int RefusalStatus = 400;

    /// <summary>The fault header's value for a delay, e.g. <c>delay=3000</c>.</summary>
    public static string Delay(int milliseconds) => $"delay={milliseconds}";

    /// <summary>Every fault value stock WireMock accepts: the delay presets and the connection faults.</summary>
    public static IEnumerable<string> PresetFaultValues =>
        DelayPresetsMilliseconds.Select(Delay).Concat(ConnectionFaults.Select(fault => fault.Value));

    /// <summary>The error texts the error header accepts on an operation: every error it documents, natural or forced.</summary>
    public static IReadOnlyList<string> AcceptedErrors(ApiOperation operation) =>
        [.. operation.Errors.Select(error => error.Message).Distinct()];

    /// <summary>The answer's message when the error header names a text the operation does not document.</summary>
    public static string UnknownErrorMessage(ApiOperation operation) =>
        $"{ErrorHeader} must be an error {operation.Route} documents: {string.Join(" | ", AcceptedErrors(operation))}";

    /// <summary>The answer's message when the fault header names no fault the mock offers; <paramref name="accepted"/> is what it does offer.</summary>
    public static string UnknownFaultMessage(string accepted) => $"{FaultHeader} must be one of: {accepted}";

    /// <summary>The admin endpoints' prefix on the engine (<see cref="AdminRoutes.All"/>) and the proxy (<see cref="AdminRoutes.Proxy"/>).</summary>
    public const string AdminPrefix = "/__lancens/";

    /// <summary>The header that carries the admin key, when the engine was started with one.</summary>
    public const string AdminKeyHeader = "X-Lancens-Admin-Key";

    /// <summary>
    /// The command that arms a documented error for the next request to an operation, for a client that cannot add
    /// headers (a release build of the app), e.g. <c>lancens arm --error "push_token exist" --operation registerRingPushToken</c>.
    /// </summary>
    public static string ArmCommand(DocumentedError error) => $"lancens arm --error \"{error.Message}\" --operation {error.OperationId}";

    /// <summary>The documented error the header value names on this operation, in any letter case; null when it names none.</summary>
    public static DocumentedError? ErrorNamed(ApiOperation operation, string text) =>
        operation.Errors.FirstOrDefault(error => string.Equals(error.Message, text.Trim(), StringComparison.OrdinalIgnoreCase));
}
