using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.WireMockNet.Answers;
using Lancens.Contracts.WireMockNet.Tests.Support;

namespace Lancens.Contracts.WireMockNet.Tests;

/// <summary>The mock-control headers on WireMock.Net: what it cannot honour is refused with the model's messages; its two faults as WireMock.Net gives them.</summary>
public sealed class ControlTests : IDisposable
{
    private static readonly ApiSpecification Spec = RepositorySpec.Specification;

    private readonly TeamServer _team = new();
    private readonly Support.Lancens _lancens;

    public ControlTests()
    {
        _team.Server.AddLancensApi(new LancensApiOptions { Spec = Spec });
        _lancens = new Support.Lancens(_team, Spec);
    }

    [Fact]
    public async Task ErrorHeader_ATextTheOperationDoesNotDocument_IsRefusedListingWhatItAccepts()
    {
        var session = await _lancens.LoginAsync();
        var (operation, request) = _lancens.Actions.Query(Spec.Resources[0]);
        var undocumented = Spec.ErrorCatalog.First(error => MockControl.ErrorNamed(operation, error.Message) is null).Message;

        var response = await _team.SendAsync(request.WithHeader(MockControl.ErrorHeader, undocumented), session);

        (response.Status, response.Message).ShouldBe((MockControl.RefusalStatus, MockControl.UnknownErrorMessage(operation)));
    }

    public static IEnumerable<TheoryDataRow<string>> FaultsWireMockNetLacks() =>
        [.. MockControl.ConnectionFaults.Where(fault => !WireMockNetFaults.Offered.Contains(fault)).Select(fault => new TheoryDataRow<string>(fault.Value)), new("delay=0"), new("delay=30001"), new("slow")];

    [Theory]
    [MemberData(nameof(FaultsWireMockNetLacks))]
    public async Task FaultHeader_AValueThisMockDoesNotOffer_IsRefusedListingWhatItOffers(string value)
    {
        var session = await _lancens.LoginAsync();

        var response = await _team.SendAsync(_lancens.Actions.Query(Spec.Resources[0]).Request.WithHeader(MockControl.FaultHeader, value), session);

        (response.Status, response.Message).ShouldBe((MockControl.RefusalStatus, MockControl.UnknownFaultMessage(MockFault.AcceptedWith(WireMockNetFaults.Offered))));
        response.Message!.ShouldNotContain(value);
    }

    [Fact]
    public async Task FaultHeader_Empty_AnswersWireMockNetsEmptyResponse()
    {
        var empty = MockControl.ConnectionFaults.Single(fault => fault.Kind == ConnectionFaultKind.Empty);

        var response = await _team.SendAsync(_lancens.Actions.Query(Spec.Resources[0]).Request.WithHeader(MockControl.FaultHeader, empty.Value));

        // Not the engine's closed connection: WireMock.Net answers a whole response with no body.
        (response.Status, response.Body).ShouldBe((200, string.Empty));
    }

    [Fact]
    public async Task FaultHeader_MalformedChunk_AnswersA200WhoseBodyIsNoJson()
    {
        var malformed = MockControl.ConnectionFaults.Single(fault => fault.Kind == ConnectionFaultKind.MalformedChunk);

        var response = await _team.SendAsync(_lancens.Actions.Query(Spec.Resources[0]).Request.WithHeader(MockControl.FaultHeader, malformed.Value));

        response.Status.ShouldBe(200);
        response.Message.ShouldBeNull();
        response.Body.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task FaultHeader_AndErrorHeader_TheFaultWins()
    {
        var malformed = MockControl.ConnectionFaults.Single(fault => fault.Kind == ConnectionFaultKind.Empty);
        var (operation, request) = _lancens.Actions.Query(Spec.Resources[0]);

        var response = await _team.SendAsync(request.WithHeader(MockControl.FaultHeader, malformed.Value).WithHeader(MockControl.ErrorHeader, operation.Errors.First().Message));

        (response.Status, response.Body).ShouldBe((200, string.Empty));
    }

    public void Dispose() => _team.Dispose();
}
