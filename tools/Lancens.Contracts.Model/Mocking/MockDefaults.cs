namespace Lancens.Contracts.Model.Mocking;

/// <summary>Where and how <c>lancens serve</c> listens unless told otherwise; the QA catalog's requests point there too.</summary>
public static class MockDefaults
{
    public const int Port = 8080;

    /// <summary>Loopback only: a mock on the network needs a deliberate <c>--bind</c>.</summary>
    public const string BindAddress = "127.0.0.1";

    /// <summary>The request journal stays on for QA but bounded: unbounded, stock WireMock grew to 1.6-1.9 GB after ~100k requests.</summary>
    public const int JournalEntries = 1000;

    /// <summary>The mock's root URL on this machine, where its admin endpoints are: <c>http://127.0.0.1:8080</c>.</summary>
    public static string LocalRootUrl { get; } = $"http://{BindAddress}:{Port}";

    /// <summary>The mock's base URL on this machine, base path included, e.g. <c>http://127.0.0.1:8080/v1/api</c>.</summary>
    public static string LocalBaseUrl(ApiSpecification spec) => LocalRootUrl + spec.BasePath;
}
