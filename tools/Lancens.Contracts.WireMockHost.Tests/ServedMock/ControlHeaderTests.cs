using System.Diagnostics;
using System.Text;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.WireMockHost.Tests.Server;

namespace Lancens.Contracts.WireMockHost.Tests.ServedMock;

/// <summary>The mock's two documented headers: forcing a documented error and misbehaving on the wire.</summary>
[Collection(WireMockCollection.Name)]
public sealed class ControlHeaderTests(ServedMockFixture mock) : IClassFixture<ServedMockFixture>
{
    [Fact]
    public async Task ForcedError_ATextTheOperationDoesNotDocument_Answers400ListingTheTextsItAccepts()
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "/user/token", (MockControl.ErrorHeader, "push_token exist"));

        status.ShouldBe(400);
        foreach (var error in RepositorySpec.Specification.Operation("getRingPushToken").Errors)
        {
            body.ShouldContain(error.Message);
        }

        body.ShouldStartWith("{\"message\":");
    }

    [Fact]
    public async Task ForcedError_InAnyLetterCase_IsAnsweredWithTheExactText()
    {
        var (status, body) = await SendAsync(HttpMethod.Delete, "/user/token", (MockControl.ErrorHeader, "INVALID Token"));

        (status, body).ShouldBe((401, """{"message":"invalid token"}"""));
    }

    [Theory]
    [InlineData("reset")]
    [InlineData("empty")]
    [InlineData("garbage")]
    [InlineData("malformed-chunk")]
    public async Task Fault_OnAnyOperation_BreaksTheConnection(string fault)
    {
        await Should.ThrowAsync<HttpRequestException>(() => SendAsync(HttpMethod.Get, "/user/message/token", (MockControl.FaultHeader, fault)));
    }

    [Fact]
    public async Task Fault_Delay_AnswersTheSuccessExampleAfterTheDelay()
    {
        var watch = Stopwatch.StartNew();

        var (status, body) = await SendAsync(HttpMethod.Put, "/user/token/abc", (MockControl.FaultHeader, MockControl.Delay(500)));

        watch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(450));
        (status, body).ShouldBe((200, """{"message":"success"}"""));
    }

    [Fact]
    public async Task Fault_UnknownValue_Answers400ListingTheFaultsOnOffer()
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "/user/token", (MockControl.FaultHeader, "delay=1234"));

        status.ShouldBe(400);
        MockControl.PresetFaultValues.ShouldAllBe(value => body.Contains(value));
    }

    private async Task<(int Status, string Body)> SendAsync(HttpMethod method, string path, (string Name, string Value) header)
    {
        using var request = new HttpRequestMessage(method, mock.Api(path));
        request.Headers.TryAddWithoutValidation("token", "6f1c2a0e9b7d4f3a8c5e1d2b7a9f0c3e");
        request.Headers.TryAddWithoutValidation(header.Name, header.Value);
        if (method == HttpMethod.Put)
        {
            request.Content = new StringContent("""{"push_token": "abc", "language": "en"}""", Encoding.UTF8, "application/json");
        }

        using var response = await mock.Client.SendAsync(request, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
