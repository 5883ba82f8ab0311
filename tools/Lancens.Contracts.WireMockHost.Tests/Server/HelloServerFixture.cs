namespace Lancens.Contracts.WireMockHost.Tests.Server;

/// <summary>One WireMock serving GET /hello and a two-state scenario, shared by the tests of a running server.</summary>
public sealed class HelloServerFixture : IAsyncLifetime
{
    /// <summary>GET /door answers "closed" until POST /door/open moves the scenario to "open"; then it answers "open".</summary>
    public const string DoorScenarioMapping = """
        {
          "mappings": [
            {
              "scenarioName": "door", "requiredScenarioState": "Started",
              "request": { "method": "GET", "url": "/door" }, "response": { "status": 200, "body": "closed" }
            },
            {
              "scenarioName": "door", "requiredScenarioState": "Started", "newScenarioState": "open",
              "request": { "method": "POST", "url": "/door/open" }, "response": { "status": 200, "body": "opened" }
            },
            {
              "scenarioName": "door", "requiredScenarioState": "open",
              "request": { "method": "GET", "url": "/door" }, "response": { "status": 200, "body": "open" }
            }
          ]
        }
        """;

    private readonly TemporaryRoot _root = TemporaryRoot.WithMappings(
        ("hello.json", TemporaryRoot.HelloMapping), ("door.json", DoorScenarioMapping));

    private WireMockServer? _server;

    public WireMockServer Server => _server ?? throw new InvalidOperationException("The fixture has not started yet.");

    public async ValueTask InitializeAsync() =>
        _server = await WireMockServer.StartAsync(_root.Options(), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _root.Dispose();
    }
}
