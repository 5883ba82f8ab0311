using Lancens.Contracts.Deviations;
using Lancens.Contracts.Proxy.Evidence;
using Lancens.Contracts.Proxy.Tests.Support;

namespace Lancens.Contracts.Proxy.Tests;

/// <summary>
/// The proxy in front of engines that each break one promise (the suite's own deviations): the same client story must
/// show every one, as the assumption it refutes, and as a host violation where the answer breaks the spec itself.
/// </summary>
public sealed class DeviationTests
{
    // The assumption each deviation must refute, and whether its answers are ones the spec does not document at all.
    private static readonly Dictionary<Deviation, (string Refuted, bool Undocumented)> Expected = new()
    {
        [Deviation.NaturalErrorStatus422] = ("status-per-category", true),
        [Deviation.ErrorTextWithFullStop] = ("empty-null-and-missing", true),
        [Deviation.LoginFieldRenamed] = ("success-status", true),
        [Deviation.RecordIntegersAsStrings] = ("query-shape", true),
        [Deviation.RegistrationKeyOneShorter] = ("push-token-length", false),
        [Deviation.BodyBeforeToken] = ("validation-order", false),
        [Deviation.DefaultDevOne] = ("record-reflects-registration", false),
        [Deviation.HtmlContentType] = ("json-content-type", true),
        [Deviation.ExpiryInMilliseconds] = ("login-response-time", false),
        [Deviation.UpdateForgotten] = ("record-reflects-registration", false),
        [Deviation.LoginKeepsPushTokens] = ("session-clears-push-tokens", false),
        [Deviation.DeleteAnySerial] = ("serial-identifies-registration", false),
        [Deviation.LogoutKeepsToken] = ("token-after-logout", false),
        [Deviation.SharedRegistrations] = ("registrations-per-account", false),
        [Deviation.AnyTokenIsValid] = ("token-after-logout", false),
        [Deviation.ClearEndsEveryKind] = ("record-reflects-registration", false),
        [Deviation.RegisterForgetsIntegers] = ("record-reflects-registration", false),
        [Deviation.StoredTextLosesNonBmp] = ("record-reflects-registration", false),
        [Deviation.RecordsFoundByPushToken] = ("registrations-per-account", false),

        // The proxy cannot tell a token it never saw from one issued before it started, so it sees this one by its
        // effect: an account it saw cleared answers the record a capitalised token registered.
        [Deviation.TokenInAnyCase] = ("query-when-empty", false),
    };

    public static TheoryData<string> Deviations => [.. DeviationCatalog.All.Select(DeviationCatalog.NameOf)];

    [Fact]
    public void Expected_NamesEveryDeviation()
    {
        DeviationCatalog.All.Where(deviation => !Expected.ContainsKey(deviation)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Deviations))]
    public async Task Proxy_InFrontOfADeviation_RefutesTheAssumptionItBreaks(string name)
    {
        var deviation = DeviationCatalog.Parse(name);
        var (refuted, undocumented) = Expected[deviation];
        await using var rig = await Rig.StartAsync(deviation);
        using var client = rig.ProxyClient();
        var story = new Story(client, rig);

        await story.ValidTrafficAsync();
        await story.ClientMistakesAsync();
        var verdicts = await rig.Proxy.VerdictsAsync(TestContext.Current.CancellationToken);

        var evidence = verdicts.Assumptions.Single(candidate => candidate.Id == refuted);
        evidence.Verdict.ShouldBe(ProxyVerdict.Refuted, $"{name}: {string.Join("; ", verdicts.Assumptions.Select(candidate => $"{candidate.Id} {candidate.Word}"))}");
        evidence.Refutation.ShouldNotBeNull().Expected.ShouldNotBeNullOrWhiteSpace();
        rig.Console.ToString().Split('\n').ShouldContain(line => line.Contains(" refutes ", StringComparison.Ordinal) && line.Contains(refuted, StringComparison.Ordinal));
        if (undocumented)
        {
            verdicts.HostViolations.ShouldBeGreaterThan(0);
        }
    }
}
