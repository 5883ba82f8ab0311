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

    private readonly string _folder = Directory.CreateTempSubdirectory("lancens-cds-").FullName;
    private readonly string _archives;
    private readonly string _java;
    private readonly string _jar;

    public ClassDataSharingTests()
    {
        _archives = Path.Combine(_folder, "archives");
        _java = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder, "jdk", "bin")).FullName, "java");
        File.WriteAllText(_java, "");
        _jar = Path.Combine(_folder, "wiremock.jar");
        File.WriteAllBytes(_jar, [0x50, 0x4b]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task StopAsync_FirstCleanRun_PublishesTheArchive()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var root = TemporaryRoot.WithMapping("hello.json", TemporaryRoot.HelloMapping);
        var server = await WireMockServer.StartAsync(root.Options() with { ArchiveDirectory = _archives }, cancellationToken);

        // Waits for the JVM to write the archive as it exits, as long as RecordingStopTimeout allows (minutes).
        await server.StopAsync();

        var archive = Directory.GetFiles(_archives).ShouldHaveSingleItem(server.Output);
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

        File.ReadAllBytes(Directory.GetFiles(_archives).ShouldHaveSingleItem()).ShouldBe([(byte)1]);
    }

    [Fact]
    public void Complete_UncleanExit_DeletesThePartialRecording()
    {
        var recording = Prepare();
        File.WriteAllBytes(RecordingPath(recording), [1]);

        recording.Complete(cleanExit: false);

        Directory.GetFiles(_archives).ShouldBeEmpty();
    }

    [Fact]
    public void Prepare_UnwritableFolder_StartsWithoutAnArchive()
    {
        var file = Path.Combine(_folder, "not-a-folder");
        File.WriteAllText(file, "");

        var archive = ClassDataSharingArchive.Prepare(Path.Combine(file, "cache"), _java, _jar, TimeProvider.System);

        archive.JvmArgument.ShouldBeNull();
        archive.IsRecording.ShouldBeFalse();
    }

    [Theory]
    [InlineData(59, true)]
    [InlineData(61, false)]
    public void Prepare_RecordingLeftByAKilledLaunch_IsDeletedOnlyAfterAnHour(int minutesLater, bool kept)
    {
        var leftover = Path.Combine(Directory.CreateDirectory(_archives).FullName, "wiremock-killed.tmp");
        File.WriteAllBytes(leftover, [1]);
        var later = new FixedTime(File.GetLastWriteTimeUtc(leftover) + TimeSpan.FromMinutes(minutesLater));

        ClassDataSharingArchive.Prepare(_archives, _java, _jar, later);

        File.Exists(leftover).ShouldBe(kept);
    }

    private ClassDataSharingArchive Prepare() => ClassDataSharingArchive.Prepare(_archives, _java, _jar, TimeProvider.System);

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
