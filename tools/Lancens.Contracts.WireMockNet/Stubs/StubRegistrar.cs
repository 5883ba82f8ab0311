using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.WireMockNet.Answers;
using Lancens.Contracts.WireMockNet.Requests;
using WireMock.RequestBuilders;
using WireMock.Server;
using WireMock.Util;

namespace Lancens.Contracts.WireMockNet.Stubs;

/// <summary>
/// Puts stubs on a server with WireMock.Net's fluent API: method, path, header and body predicates, priority, the session
/// scenario, and the answer, delayed when the fault header asks. The spec's first state is WireMock.Net's start state (no
/// state yet), so a reset of the server's scenarios starts the session over.
/// </summary>
internal sealed class StubRegistrar(WireMockServer server, ApiSpecification spec, TimeProvider time)
{
    private readonly BodyReader _bodies = new(spec.RequestLimits);

    /// <summary>Registers every stub and answers their ids: each a name-based UUID of its base path and title, so registering again replaces it.</summary>
    public IReadOnlyList<Guid> Register(IEnumerable<Stub> stubs) => [.. stubs.Select(Register)];

    private Guid Register(Stub stub)
    {
        var request = Request.Create().WithPath(stub.Path);
        request = stub.Method is null ? request.UsingAnyMethod() : request.UsingMethod(stub.Method);
        if (stub.Headers is { } headers)
        {
            request = request.WithHeader(headers);
        }

        if (stub.Body is { } body)
        {
            request = request.WithBody((IBodyData? data) => body(_bodies.Read(data)));
        }

        var id = StubIds.For($"wiremock-net | {spec.BasePath} | {stub.Title}");
        var mapping = server.Given(request).WithGuid(id).WithTitle(stub.Title).AtPriority(stub.Priority);
        if (stub.Session is { } step)
        {
            mapping = mapping.InScenario(SessionScenario.ScenarioName);
            if (step.WhenState != SessionScenario.Started)
            {
                mapping = mapping.WhenStateIs(step.WhenState);
            }

            if (step.NewState != SessionScenario.Started)
            {
                mapping = mapping.WillSetStateTo(step.NewState);
            }
        }

        mapping.RespondWith(new DelayedAnswer(stub.Answer, time));
        return id;
    }
}
