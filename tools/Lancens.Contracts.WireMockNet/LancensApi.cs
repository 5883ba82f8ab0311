using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.WireMockNet.Answers;
using WireMock.Server;

namespace Lancens.Contracts.WireMockNet;

/// <summary>The Lancens API's stubs on one <see cref="WireMockServer"/>, as <see cref="LancensWireMockExtensions.AddLancensApi"/> registered them.</summary>
public sealed class LancensApi
{
    private readonly WireMockServer _server;

    internal LancensApi(WireMockServer server, ApiSpecification spec, IReadOnlyList<Guid> mappings)
    {
        _server = server;
        Spec = spec;
        Mappings = mappings;
    }

    /// <summary>The spec the stubs answer, served under the base path they were registered with.</summary>
    public ApiSpecification Spec { get; }

    /// <summary>The API's base URL on the server, base path included, e.g. <c>http://127.0.0.1:54321/v1/api</c>.</summary>
    public Uri BaseUrl => new((_server.Url ?? throw new InvalidOperationException("The WireMock.Net server listens nowhere.")).TrimEnd('/') + Spec.BasePath);

    /// <summary>The protocol's connection faults the stubs give: the two WireMock.Net has, neither of which breaks the connection as the engine does.</summary>
    public IReadOnlyList<ConnectionFault> Faults => WireMockNetFaults.Offered;

    /// <summary>What the fault header accepts on these stubs, for messages and banners.</summary>
    public string FaultHeaderAccepts => MockFault.AcceptedWith(Faults);

    /// <summary>The ids of the stubs, each stable for its base path: registering again replaces them rather than adding more.</summary>
    public IReadOnlyList<Guid> Mappings { get; }

    /// <summary>
    /// Starts the session over: logged in with nothing registered (the session scenario's first state). The server's other
    /// scenarios and stubs stay as they are.
    /// </summary>
    public void ResetSession() => _server.ResetScenario(SessionScenario.ScenarioName);

    public override string ToString() => $"{Spec.Title} on {BaseUrl} ({Mappings.Count} stubs)";
}
