namespace Lancens.Contracts.WireMockHost.Tests.Server;

public sealed class WireMockCommandLineTests
{
    private const string Password = "s3cret-password";

    private static readonly WireMockOptions Options = new() { RootDirectory = "/repo/mocks" };

    [Fact]
    public void Create_Http_PassesPortJournalBoundAndNoHttpsFlags()
    {
        var arguments = Create(Options).Arguments;

        arguments.ShouldContain("--disable-banner");
        ValueAfter(arguments, "--port").ShouldBe("8080");
        ValueAfter(arguments, "--max-request-journal-entries").ShouldBe("1000");
        ValueAfter(arguments, "--bind-address").ShouldBe("127.0.0.1");
        arguments.ShouldNotContain("--disable-http");
    }

    [Fact]
    public void Create_Https_DisablesHttpAndOmitsThePort()
    {
        var arguments = Create(Options with { Https = new HttpsEndpoint("/tmp/server.p12", Password) }).Arguments;

        arguments.ShouldContain("--disable-http");
        arguments.ShouldNotContain("--port");
        ValueAfter(arguments, "--https-port").ShouldBe("8080");
        ValueAfter(arguments, "--keystore-type").ShouldBe("PKCS12");
        ValueAfter(arguments, "--key-manager-password").ShouldBe(Password);
    }

    [Fact]
    public void ToString_Https_RedactsThePassword()
    {
        var https = new HttpsEndpoint("/tmp/server.p12", Password);

        Create(Options with { Https = https }).ToString().ShouldNotContain(Password);
        (Options with { Https = https }).ToString().ShouldNotContain(Password);
    }

    [Fact]
    public void JarPath_RepositoryMocks_IsWhereTheBuildInstalledTheJar()
    {
        var jar = WireMockCommandLine.JarPath(TemporaryRoot.RepositoryMocks);

        File.Exists(jar).ShouldBeTrue($"dotnet build installs {jar}");
        Path.GetFileName(jar).ShouldStartWith("wiremock-standalone-");
    }

    [Fact]
    public void InstalledJar_NotInstalled_SaysToBuild()
    {
        var empty = Directory.CreateTempSubdirectory("lancens-no-wiremock-");
        try
        {
            var exception = Should.Throw<WireMockException>(() => WireMockCommandLine.InstalledJar(empty.FullName));

            exception.Message.ShouldContain(WireMockCommandLine.JarPath(empty.FullName));
            exception.Message.ShouldContain("npm ci --prefix mocks");
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    private static WireMockCommandLine Create(WireMockOptions options) =>
        WireMockCommandLine.Create("java", "/repo/wiremock.jar", options.RootDirectory, "-XX:SharedArchiveFile=/a.jsa", options, 8080);

    private static string ValueAfter(IReadOnlyList<string> arguments, string flag)
    {
        var index = arguments.ToList().IndexOf(flag);
        index.ShouldBeGreaterThanOrEqualTo(0, $"{flag} is missing");
        return arguments[index + 1];
    }
}
