using Lancens.Contracts.MockServer.Pipeline;
using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model.Checking;

namespace Lancens.Contracts.MockServer.Tests.Pipeline;

/// <summary>The pipeline's values that hold a token print it masked, so no log line or assertion message shows one.</summary>
public sealed class SecretsInTextTests
{
    private const string Token = "a-token-that-must-not-be-printed";

    [Fact]
    public void MockRequest_WithATokenHeader_PrintsItMasked()
    {
        var request = new MockRequest(new Route(TestSpec.Spec.Operations[0], new Dictionary<string, string>()), Token, JsonBody.None);

        var text = request.ToString();

        text.ShouldNotContain(Token);
        text.ShouldContain("TokenHeader = ***");
    }

    [Fact]
    public void PassedOutcome_WithTheCallersToken_PrintsItMasked()
    {
        CheckOutcome outcome = new CheckOutcome.Passed(new Caller(new StoredAccount("alice", 7), Token));

        var text = outcome.ToString();

        text.ShouldNotContain(Token);
        text.ShouldContain("alice");
    }
}
