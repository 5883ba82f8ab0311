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
        TargetSettings.From(Variables(("LANCENS_TARGET", "staging")), Production, Root).Problem.ShouldNotBeNull().ShouldContain("mock, wiremock, wiremock-net or live");
        TargetSettings.From(Variables(("LANCENS_TARGET", "wiremock")), Production, Root).Kind.ShouldBe(TargetKind.WireMock);
        TargetSettings.From(Variables(("LANCENS_TARGET", "WireMock-Net")), Production, Root).Kind.ShouldBe(TargetKind.WireMockNet);
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

    [Fact]
    public void From_RateAndScope_DefaultToFourPerSecondAndTheFullScope()
    {
        var settings = TargetSettings.From(_ => null, Production, Root);

        (settings.LiveRate, settings.Scope).ShouldBe((4.0, RunScope.Full));
        TargetSettings.From(Variables(("LANCENS_LIVE_RATE", "0.5"), ("LANCENS_SCOPE", "smoke")), Production, Root)
            .ShouldSatisfyAllConditions(set => set.LiveRate.ShouldBe(0.5), set => set.Scope.ShouldBe(RunScope.Smoke));
        TargetSettings.From(Variables(("LANCENS_LIVE_RATE", "fast")), Production, Root).Problem.ShouldNotBeNull().ShouldContain("LANCENS_LIVE_RATE");
        TargetSettings.From(Variables(("LANCENS_SCOPE", "some")), Production, Root).Problem.ShouldNotBeNull().ShouldContain("LANCENS_SCOPE");
    }

    [Fact]
    public void From_SecondLiveAccount_NeedsBothVariables()
    {
        var live = new[] { ("LANCENS_TARGET", "live"), ("LANCENS_USERNAME", "user01"), ("LANCENS_PASSWORD", "secret-1") };

        TargetSettings.From(Variables([.. live, ("LANCENS_USERNAME_2", "user02")]), Production, Root).Problem.ShouldNotBeNull().ShouldContain("go together");
        TargetSettings.From(Variables([.. live, ("LANCENS_USERNAME_2", "user02"), ("LANCENS_PASSWORD_2", "secret-2")]), Production, Root).HasSecondLiveAccount.ShouldBeTrue();
        TargetSettings.From(Variables(live), Production, Root).HasSecondLiveAccount.ShouldBeFalse();
    }

    [Fact]
    public void SkipReason_OfEachTarget_NamesWhatItLacks()
    {
        var live = TargetSettings.From(Variables(("LANCENS_TARGET", "live"), ("LANCENS_USERNAME", "u"), ("LANCENS_PASSWORD", "p")), Production, Root);
        var wireMock = TargetSettings.From(Variables(("LANCENS_TARGET", "wiremock")), Production, Root);
        var mock = TargetSettings.From(_ => null, Production, Root);

        TargetAbilities.SkipReason(live, Scenarios.TargetNeeds.ControlHeaders).ShouldNotBeNull().ShouldContain("real host");
        TargetAbilities.SkipReason(live, Scenarios.TargetNeeds.SecondAccount).ShouldNotBeNull().ShouldContain("LANCENS_USERNAME_2");
        TargetAbilities.SkipReason(wireMock, Scenarios.TargetNeeds.ValueMemory).ShouldNotBeNull().ShouldContain("WireMock");
        TargetAbilities.SkipReason(live, Scenarios.TargetNeeds.IssuedTokens).ShouldBeNull();
        TargetAbilities.SkipReason(mock, (Scenarios.TargetNeeds)0xFF).ShouldBeNull();
    }
}
