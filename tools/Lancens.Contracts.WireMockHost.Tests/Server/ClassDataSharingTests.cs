namespace Lancens.Contracts.WireMockHost.Tests.Server;

[Collection(WireMockCollection.Name)]
public sealed class ClassDataSharingTests : IDisposable
{
    private const string RecordFlag = "-XX:ArchiveClassesAtExit=";
    private const string UseFlag = "-XX:SharedArchiveFile=";

    private readonly string archives = Directory.CreateTempSubdirectory("lancens-cds-").FullName;
    private readonly string jar = WireMockJarFor(TemporaryRoot.RepositoryMocks);

    public void Dispose() => Directory.Delete(archives, recursive: true);

    [Fact]
    public async Task StopAsync_FirstCleanRun_PublishesTheArchive()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var root = TemporaryRoot.WithMapping("hello.json", TemporaryRoot.HelloMapping);
        var server = await WireMockServer.StartAsync(root.Options() with { ArchiveDirectory = archives }, cancellationToken);

        await server.StopAsync();

        var archive = Directory.GetFiles(archives).ShouldHaveSingleItem();
        archive.ShouldEndWith(".jsa");
        new FileInfo(archive).Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Prepare_AfterAPublishedRecording_UsesTheArchive()
    {
        var first = ClassDataSharingArchive.Prepare(archives, JavaExecutable.Find(), jar);
        File.WriteAllBytes(RecordingPath(first), [1]);
        first.Complete(cleanExit: true);

        var second = ClassDataSharingArchive.Prepare(archives, JavaExecutable.Find(), jar);

        second.IsRecording.ShouldBeFalse();
        var argument = second.JvmArgument.ShouldNotBeNull();
        argument.ShouldStartWith(UseFlag);
        File.Exists(argument[UseFlag.Length..]).ShouldBeTrue();
    }

    [Fact]
    public void Complete_TwoConcurrentRecordings_PublishesOneAndLeavesNoTemporaryFile()
    {
        var java = JavaExecutable.Find();
        var first = ClassDataSharingArchive.Prepare(archives, java, jar);
        var second = ClassDataSharingArchive.Prepare(archives, java, jar);
        File.WriteAllBytes(RecordingPath(first), [1]);
        File.WriteAllBytes(RecordingPath(second), [2]);

        first.Complete(cleanExit: true);
        second.Complete(cleanExit: true);

        File.ReadAllBytes(Directory.GetFiles(archives).ShouldHaveSingleItem()).ShouldBe([(byte)1]);
    }

    [Fact]
    public void Complete_UncleanExit_DeletesThePartialRecording()
    {
        var recording = ClassDataSharingArchive.Prepare(archives, JavaExecutable.Find(), jar);
        File.WriteAllBytes(RecordingPath(recording), [1]);

        recording.Complete(cleanExit: false);

        Directory.GetFiles(archives).ShouldBeEmpty();
    }

    [Fact]
    public void Prepare_UnwritableFolder_StartsWithoutAnArchive()
    {
        var file = Path.Combine(archives, "not-a-folder");
        File.WriteAllText(file, "");

        var archive = ClassDataSharingArchive.Prepare(Path.Combine(file, "cache"), JavaExecutable.Find(), jar);

        archive.JvmArgument.ShouldBeNull();
        archive.IsRecording.ShouldBeFalse();
    }

    private static string RecordingPath(ClassDataSharingArchive archive)
    {
        var argument = archive.JvmArgument.ShouldNotBeNull();
        argument.ShouldStartWith(RecordFlag);
        return argument[RecordFlag.Length..];
    }

    private static string WireMockJarFor(string packageDirectory) => WireMockJar.PathIn(packageDirectory);
}
