using Lancens.Contracts.ContractTests.Journeys;
using Lancens.Contracts.ContractTests.Targets;
using Lancens.Contracts.ContractTests.Verdicts;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.ContractTests;

/// <summary>
/// The drift report: every <c>x-assumptions</c> entry is confirmed, refuted or not checked on this target. A refuted one
/// fails the run and names the entry to change. It runs last, after running any check no test ran.
/// </summary>
public sealed class AssumptionVerdictTests(ContractTarget target)
{
    [Fact]
    public async Task Assumptions_OnThisTarget_NoneIsRefuted()
    {
        target.EnsureConfigured();
        await target.RunMissingChecksAsync(TestContext.Current.CancellationToken);

        var verdicts = AssumptionVerdict.Judge(target.Spec, target.Run.Recorder.Results);
        foreach (var verdict in verdicts)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{verdict.Assumption.Id,-32} {verdict.Word,-28} {verdict.Explanation}");
        }

        verdicts.Count.ShouldBe(target.Spec.Assumptions.Count);
        verdicts.Where(verdict => verdict.Verdict == Verdict.Refuted).Select(verdict => $"{verdict.Assumption.Id}: {verdict.Explanation}")
            .ShouldBeEmpty("assumptions this run refuted");
    }

    [Fact]
    public async Task Assumptions_OnTheEngine_AreEachPutToTheTest()
    {
        target.EnsureConfigured();
        if (!target.IsMock || target.Settings.Scope != RunScope.Full)
        {
            Assert.Skip("every assumption is put to the test on the engine's full run; other targets lack some abilities");
        }

        await target.RunMissingChecksAsync(TestContext.Current.CancellationToken);

        AssumptionVerdict.Judge(target.Spec, target.Run.Recorder.Results).Where(verdict => verdict.Verdict == Verdict.NotChecked)
            .Select(verdict => verdict.Assumption.Id).ShouldBeEmpty("assumptions no check of the engine's run puts to the test");
    }

    [Fact]
    public void VerifiedBy_NamesOnlyJourneysThatExist()
    {
        var journeys = JourneyCatalog.All.Select(journey => journey.Name).ToHashSet();

        SuiteData.Spec.Assumptions.SelectMany(assumption => assumption.VerifiedBy.Select(selector => (assumption.Id, selector.Journey)))
            .Where(pair => pair.Journey is not null && !journeys.Contains(pair.Journey))
            .Select(pair => $"{pair.Id}: journey={pair.Journey}")
            .ShouldBeEmpty("verified-by entries naming journeys the suite does not have");
    }

    [Fact]
    public void Judge_AFailedCheck_RefutesTheAssumptionsItTests()
    {
        var spec = SuiteData.Spec;
        var lengthCheck = new CheckFacets(CheckKind.Boundary, null, "push_token", "registerRingPushToken", null);
        var results = new[]
        {
            new Reporting.CheckResult("a", lengthCheck, Reporting.Outcome.Failed, "detail", "201 success", "400 \"push_token length error\""),
            new Reporting.CheckResult("b", new CheckFacets(CheckKind.Unicode, null, "push_token", "registerRingPushToken", null), Reporting.Outcome.Passed, null),
        };

        var verdicts = AssumptionVerdict.Judge(spec, results).ToDictionary(verdict => verdict.Assumption.Id);

        verdicts["push-token-length"].Verdict.ShouldBe(Verdict.Refuted);
        verdicts["push-token-length"].Explanation.ShouldContain("x-assumptions id push-token-length");
        verdicts["push-token-length"].Explanation.ShouldContain("400 \"push_token length error\"");
        verdicts["length-unit"].Verdict.ShouldBe(Verdict.Confirmed);
        verdicts["dev-meaning"].Verdict.ShouldBe(Verdict.NotChecked);
    }
}
