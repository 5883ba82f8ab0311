namespace Lancens.Contracts.WireMockHost.Tests.Server;

/// <summary>
/// The archive's file logic runs on a stand-in java and jar of its own, so it needs neither the installed jar nor any
/// other test; one test records a real archive with the real JVM.
/// </summary>
[Collection(WireMockCollection.Name)]
public sealed class ClassDataSharingTests : IDisposable
{
    private const string RecordFlag = "-XX:ArchiveClassesAtExit=";
    private const string UseFlag = "-XX:SharedArchiveFile=";

    private readonly string folder = Directory.CreateTempSubdirectory("lancens-cds-").FullName;
    private readonly string archives;
    private readonly string java;
    private readonly string jar;

    public ClassDataSharingTests()
    {
        archives = Path.Combine(folder, "archives");
        java = Path.Combine(Directory.CreateDirectory(Path.Combine(folder, "jdk", "bin")).FullName, "java");
        File.WriteAllText(java, "");
        jar = Path.Combine(folder, "wiremock.jar");
        File.WriteAllBytes(jar, [0x50, 0x4b]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task StopAsync_FirstCleanRun_PublishesTheArchive()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var root = TemporaryRoot.WithMapping("hello.json", TemporaryRoot.HelloMapping);
        var server = await WireMockServer.StartAsync(root.Options() with { ArchiveDirectory = archives }, cancellationToken);

        // Waits for the JVM to write the archive as it exits, as long as RecordingStopTimeout allows (minutes).
        await server.StopAsync();

        var archive = Directory.GetFiles(archives).ShouldHaveSingleItem(server.Output);
        archive.ShouldEndWith(".jsa");
        new FileInfo(archive).Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Prepare_AfterAPublishedRecording_UsesTheArchive()
    {
        var first = Prepare();
        File.WriteAllBytes(RecordingPath(first), [1]);
        first.Complete(cleanExit: true);

        var second = Prepare();

        second.IsRecording.ShouldBeFalse();
        var argument = second.JvmArgument.ShouldNotBeNull();
        argument.ShouldStartWith(UseFlag);
        File.Exists(argument[UseFlag.Length..]).ShouldBeTrue();
    }

    [Fact]
    public void Complete_TwoConcurrentRecordings_PublishesOneAndLeavesNoTemporaryFile()
    {
        var first = Prepare();
        var second = Prepare();
        File.WriteAllBytes(RecordingPath(first), [1]);
        File.WriteAllBytes(RecordingPath(second), [2]);

        first.Complete(cleanExit: true);
        second.Complete(cleanExit: true);

        File.ReadAllBytes(Directory.GetFiles(archives).ShouldHaveSingleItem()).ShouldBe([(byte)1]);
    }

    [Fact]
    public void Complete_UncleanExit_DeletesThePartialRecording()
    {
        var recording = Prepare();
        File.WriteAllBytes(RecordingPath(recording), [1]);

        recording.Complete(cleanExit: false);

        Directory.GetFiles(archives).ShouldBeEmpty();
    }

    [Fact]
    public void Prepare_UnwritableFolder_StartsWithoutAnArchive()
    {
        var file = Path.Combine(folder, "not-a-folder");
        File.WriteAllText(file, "");

        var archive = ClassDataSharingArchive.Prepare(Path.Combine(file, "cache"), java, jar, TimeProvider.System);

        archive.JvmArgument.ShouldBeNull();
        archive.IsRecording.ShouldBeFalse();
    }

    [Theory]
    [InlineData(59, true)]
    [InlineData(61, false)]
    public void Prepare_RecordingLeftByAKilledLaunch_IsDeletedOnlyAfterAnHour(int minutesLater, bool kept)
    {
        var leftover = Path.Combine(Directory.CreateDirectory(archives).FullName, "wiremock-killed.tmp");
        File.WriteAllBytes(leftover, [1]);
        var later = new FixedTime(File.GetLastWriteTimeUtc(leftover) + TimeSpan.FromMinutes(minutesLater));

        ClassDataSharingArchive.Prepare(archives, java, jar, later);

        File.Exists(leftover).ShouldBe(kept);
    }

    private ClassDataSharingArchive Prepare() => ClassDataSharingArchive.Prepare(archives, java, jar, TimeProvider.System);

    private static string RecordingPath(ClassDataSharingArchive archive)
    {
        var argument = archive.JvmArgument.ShouldNotBeNull();
        argument.ShouldStartWith(RecordFlag);
        return argument[RecordFlag.Length..];
    }

    private sealed class FixedTime(DateTime utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utcNow, TimeSpan.Zero);
    }
}
