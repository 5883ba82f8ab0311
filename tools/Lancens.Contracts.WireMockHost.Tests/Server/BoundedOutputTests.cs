namespace Lancens.Contracts.WireMockHost.Tests.Server;

public sealed class BoundedOutputTests
{
    [Fact]
    public void AppendLine_BeyondCapacity_KeepsTheMostRecentText()
    {
        var output = new BoundedOutput(capacity: 8);

        output.AppendLine("first");
        output.AppendLine("second");

        output.ToString().ShouldBe("\nsecond\n");
    }

    [Fact]
    public void Tail_CutInsideALine_StartsAtTheNextLine()
    {
        var output = new BoundedOutput();
        output.AppendLine("first");
        output.AppendLine("second");

        output.Tail(9).ShouldBe("second\n");
        output.Tail(3).ShouldBe("nd\n");
    }
}
