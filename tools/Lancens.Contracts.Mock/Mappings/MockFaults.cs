namespace Lancens.Contracts.Mock.Mappings;

/// <summary>The values of the fault header, for testing how a mobile client copes with a bad network or server.</summary>
public static class MockFaults
{
    /// <summary>Delays the operation's success answer by that many milliseconds (<c>delay=3000</c>). WireMock delays are fixed per stub, so these are the values offered.</summary>
    public static IReadOnlyList<int> DelaysMilliseconds { get; } = [500, 1000, 3000, 5000, 10000, 30000];

    /// <summary>Header value to WireMock's fault and what the client sees.</summary>
    public static IReadOnlyList<(string Value, string WireMockFault, string Effect)> ConnectionFaults { get; } =
    [
        ("reset", "CONNECTION_RESET_BY_PEER", "the connection is reset before any answer"),
        ("empty", "EMPTY_RESPONSE", "the connection closes without an answer"),
        ("garbage", "RANDOM_DATA_THEN_CLOSE", "random bytes, no HTTP status line, then the connection closes"),
        ("malformed-chunk", "MALFORMED_RESPONSE_CHUNK", "a 200 status, then a broken chunked body"),
    ];

    public static string Delay(int milliseconds) => $"delay={milliseconds}";

    public static IEnumerable<string> AllValues =>
        DelaysMilliseconds.Select(Delay).Concat(ConnectionFaults.Select(fault => fault.Value));
}
