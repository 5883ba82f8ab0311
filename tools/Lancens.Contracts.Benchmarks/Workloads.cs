namespace Lancens.Contracts.Benchmarks;

/// <summary>The ring push-token requests the benchmark sends: one registration, then three measured workloads.</summary>
internal static class Workloads
{
    public const string TokenPath = "/v1/api/user/token";

    // Any 64 hex digits: the mock only checks the length and that it is a string.
    private const string PushToken = "5f3c9a1e7b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a";

    private static readonly Dictionary<string, string> TokenHeader = new() { ["token"] = "bench-token" };

    /// <summary>Sent once, so the session holds a ring push token and the query answers 200.</summary>
    public static Workload Registration { get; } = new(
        "registration",
        "POST",
        TokenPath,
        TokenHeader,
        $$"""{"push_token":"{{PushToken}}","language":"en"}""",
        new Expectation(201, "message", "success"));

    public static Workload Query { get; } = new(
        "query", "GET", TokenPath, TokenHeader, null, new Expectation(200, "push_token"));

    /// <summary>Every optional field too, so the mock checks all of them; after the first registration it changes no state.</summary>
    public static Workload Register { get; } = new(
        "register",
        "POST",
        TokenPath,
        TokenHeader,
        $$"""
        {"push_token":"{{PushToken}}","language":"en","dev":0,"bundleid":"com.lancens.dingding","os":"Xiaomi","os_token":"","push_platform":"XIAOMI","id":102938,"phone_model":"xiaomi6"}
        """,
        new Expectation(201, "message", "success"));

    /// <summary>An error the mock derives from the body, not one forced by a header; it changes no state.</summary>
    public static Workload NaturalError { get; } = new(
        "natural error",
        "POST",
        TokenPath,
        TokenHeader,
        """{"language":"en"}""",
        new Expectation(400, "message", "undefined push_token"));

    public static IReadOnlyList<Workload> Measured { get; } = [Query, Register, NaturalError];
}
