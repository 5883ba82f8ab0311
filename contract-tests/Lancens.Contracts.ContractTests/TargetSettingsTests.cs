using Lancens.Contracts.ContractTests.Targets;

namespace Lancens.Contracts.ContractTests;

public sealed class TargetSettingsTests
{
    private static readonly Uri Production = new("https://weixin.lancens.com:6443/v1/api");

    [Fact]
    public void TargetSettings_OfThisRun_AreUsable()
    {
        // The one test that fails, naming the variables, when a run is misconfigured; the others skip.
        SuiteData.Settings.Problem.ShouldBeNull();
    }

    [Fact]
    public void From_NothingSet_IsTheMockWithTheDefaultSeed()
    {
        var settings = TargetSettings.From(_ => null, Production);

        (settings.Kind, settings.Seed, settings.Problem).ShouldBe((TargetKind.Mock, TargetSettings.DefaultSeed, (string?)null));
    }

    [Fact]
    public void From_LiveWithoutAccount_NamesEveryMissingVariableInOneMessage()
    {
        var settings = TargetSettings.From(Variables(("LANCENS_TARGET", "live")), Production);

        settings.Problem.ShouldNotBeNull();
        settings.Problem.ShouldContain("LANCENS_USERNAME and LANCENS_PASSWORD");
        settings.LiveBaseUrl.ShouldBe(Production);
    }

    [Fact]
    public void From_LiveWithPlainHttpOrAMissingCaFile_IsRejected()
    {
        var settings = TargetSettings.From(
            Variables(("LANCENS_TARGET", "live"), ("LANCENS_USERNAME", "user01"), ("LANCENS_PASSWORD", "secret-1"), ("LANCENS_BASE_URL", "http://example.test/v1/api"), ("LANCENS_CA_CERT", "/no/such/ca.pem")),
            Production);

        settings.Problem.ShouldNotBeNull();
        settings.Problem.ShouldContain("LANCENS_BASE_URL must be an absolute https:// URL");
        settings.Problem.ShouldContain("LANCENS_CA_CERT names a file that does not exist");
    }

    [Fact]
    public void From_SeedAndTarget_AreReadAndCheckedOnBothTargets()
    {
        TargetSettings.From(Variables(("LANCENS_SEED", "42")), Production).Seed.ShouldBe(42);
        TargetSettings.From(Variables(("LANCENS_SEED", "forty-two")), Production).Problem.ShouldNotBeNull().ShouldContain("LANCENS_SEED");
        TargetSettings.From(Variables(("LANCENS_TARGET", "staging")), Production).Problem.ShouldNotBeNull().ShouldContain("mock or live");
    }

    [Fact]
    public void ToString_NeverShowsTheAccount()
    {
        var settings = TargetSettings.From(Variables(("LANCENS_TARGET", "live"), ("LANCENS_USERNAME", "user01"), ("LANCENS_PASSWORD", "secret-1")), Production);

        settings.ToString().ShouldNotContain("user01");
        settings.ToString().ShouldNotContain("secret-1");
    }

    private static Func<string, string?> Variables(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(value => value.Name == name).Value;
}
