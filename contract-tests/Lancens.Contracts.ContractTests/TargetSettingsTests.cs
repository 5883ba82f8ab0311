using Lancens.Contracts.ContractTests.Targets;

namespace Lancens.Contracts.ContractTests;

public sealed class TargetSettingsTests
{
    private static readonly Uri Production = new("https://weixin.lancens.com:6443/v1/api");
    private static readonly string Root = Path.GetTempPath();

    [Fact]
    public void TargetSettings_OfThisRun_AreUsable()
    {
        // The one test that fails, naming the variables, when a run is misconfigured; the others skip.
        SuiteData.Settings.Problem.ShouldBeNull();
    }

    [Fact]
    public void From_NothingSet_IsTheMockWithTheDefaultSeed()
    {
        var settings = TargetSettings.From(_ => null, Production, Root);

        (settings.Kind, settings.Seed, settings.Problem).ShouldBe((TargetKind.Mock, TargetSettings.DefaultSeed, (string?)null));
    }

    [Fact]
    public void From_LiveWithoutAccount_NamesEveryMissingVariableInOneMessage()
    {
        var settings = TargetSettings.From(Variables(("LANCENS_TARGET", "live")), Production, Root);

        settings.Problem.ShouldNotBeNull();
        settings.Problem.ShouldContain("LANCENS_USERNAME and LANCENS_PASSWORD");
        settings.LiveBaseUrl.ShouldBe(Production);
    }

    [Fact]
    public void From_LiveWithPlainHttpOrAMissingCaFile_IsRejected()
    {
        var settings = TargetSettings.From(
            Variables(("LANCENS_TARGET", "live"), ("LANCENS_USERNAME", "user01"), ("LANCENS_PASSWORD", "secret-1"), ("LANCENS_BASE_URL", "http://example.test/v1/api"), ("LANCENS_CA_CERT", "/no/such/ca.pem")),
            Production,
            Root);

        settings.Problem.ShouldNotBeNull();
        settings.Problem.ShouldContain("LANCENS_BASE_URL must be an absolute https:// URL");
        settings.Problem.ShouldContain("LANCENS_CA_CERT names a file that does not exist");
    }

    [Fact]
    public void From_SeedAndTarget_AreReadAndCheckedOnBothTargets()
    {
        TargetSettings.From(Variables(("LANCENS_SEED", "42")), Production, Root).Seed.ShouldBe(42);
        TargetSettings.From(Variables(("LANCENS_SEED", "forty-two")), Production, Root).Problem.ShouldNotBeNull().ShouldContain("LANCENS_SEED");
        TargetSettings.From(Variables(("LANCENS_TARGET", "staging")), Production, Root).Problem.ShouldNotBeNull().ShouldContain("mock or live");
    }

    [Fact]
    public void From_RelativeCaPath_IsFoundFromTheRepositoryRoot()
    {
        var ca = Path.Combine(Root, $"ca-{Guid.NewGuid():N}.pem");
        File.WriteAllText(ca, "not read here");

        var settings = TargetSettings.From(Variables(("LANCENS_TARGET", "live"), ("LANCENS_USERNAME", "user01"), ("LANCENS_PASSWORD", "secret-1"), ("LANCENS_CA_CERT", Path.GetFileName(ca))), Production, Root);

        (settings.Problem, settings.CaCertificatePath).ShouldBe(((string?)null, ca));
        File.Delete(ca);
    }

    [Fact]
    public void ToString_NeverShowsTheAccount()
    {
        var settings = TargetSettings.From(Variables(("LANCENS_TARGET", "live"), ("LANCENS_USERNAME", "user01"), ("LANCENS_PASSWORD", "secret-1")), Production, Root);

        settings.ToString().ShouldNotContain("user01");
        settings.ToString().ShouldNotContain("secret-1");
    }

    private static Func<string, string?> Variables(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(value => value.Name == name).Value;
}
