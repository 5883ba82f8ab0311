using Lancens.Contracts.ContractTests.Running;

namespace Lancens.Contracts.ContractTests;

public sealed class SecretScrubberTests
{
    [Fact]
    public void Scrub_EverySecretItHasSeen_IsMasked()
    {
        var scrubber = new SecretScrubber();
        scrubber.Add("p4ssw0rd-live");
        scrubber.Add("6f1c2a0e9b7d4f3a");

        scrubber.Scrub("""{"token":"6f1c2a0e9b7d4f3a","password":"p4ssw0rd-live"}""")
            .ShouldBe("""{"token":"***","password":"***"}""");
    }

    [Fact]
    public void Scrub_ASecretInsideALongerOne_MasksTheLongerWhole()
    {
        var scrubber = new SecretScrubber();
        scrubber.Add("abcd");
        scrubber.Add("abcdefgh");

        scrubber.Scrub("x abcdefgh y abcd").ShouldBe("x *** y ***");
    }
}
