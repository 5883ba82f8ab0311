using Lancens.Contracts.Processes;

namespace Lancens.Contracts.WireMockHost.Tests.Processes;

public sealed class OutputBufferTests
{
    [Fact]
    public void Add_BeyondCapacity_DropsTheOldestWholeLines()
    {
        var output = new OutputBuffer(capacity: 12);

        output.Add(OutputStream.StandardOutput, "first");
        output.Add(OutputStream.StandardOutput, "second");

        output.Text().ShouldBe("second\n");
    }

    [Fact]
    public void Add_LineLongerThanTheCapacity_KeepsItsEnd()
    {
        var output = new OutputBuffer(capacity: 5);

        output.Add(OutputStream.StandardError, "0123456789");

        output.Text().ShouldBe("6789\n");
    }

    [Fact]
    public void Text_BothStreams_KeepsArrivalOrderAndEachStreamApart()
    {
        var output = new OutputBuffer(capacity: 100);

        output.Add(OutputStream.StandardOutput, "out 1");
        output.Add(OutputStream.StandardError, "err 1");
        output.Add(OutputStream.StandardOutput, "out 2");
        output.Add(OutputStream.StandardOutput, null);

        output.Text().ShouldBe("out 1\nerr 1\nout 2\n");
        output.Text(OutputStream.StandardOutput).ShouldBe("out 1\nout 2\n");
        output.Text(OutputStream.StandardError).ShouldBe("err 1\n");
    }

    [Fact]
    public void Tail_CutInsideALine_StartsAtTheNextLine()
    {
        var output = new OutputBuffer(capacity: 100);
        output.Add(OutputStream.StandardOutput, "first");
        output.Add(OutputStream.StandardOutput, "second");

        output.Tail(9).ShouldBe("second\n");
        output.Tail(13).ShouldBe("first\nsecond\n");
        output.Tail(3).ShouldBe("nd\n");
        new OutputBuffer(capacity: 100).Tail(3).ShouldBeEmpty();
    }
}
