using Lancens.Contracts.ContractTests.Exploration;
using Lancens.Contracts.ContractTests.Running;
using Lancens.Contracts.ContractTests.Targets;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests;

/// <summary>
/// The comparison bites in both directions: a reference model with one rule broken on purpose must fail against the
/// correct engine, and its failure must shrink to a short story a person can replay.
/// </summary>
public sealed class ExplorationTests(ContractTarget target)
{
    private const int ShortStory = 10;

    [Fact]
    public async Task BrokenModelRule_AgainstTheCorrectEngine_FailsWithAShortStory()
    {
        target.EnsureConfigured();
        if (target.Run.SkipReason(TargetNeeds.ValueMemory | TargetNeeds.IssuedTokens | TargetNeeds.ControlHeaders) is { } reason)
        {
            Assert.Skip($"the model is put to the test on the engine: {reason}");
        }

        var exploration = new StateExploration(target.Run, (spec, accounts) => new ClearEndsEveryKind(spec, accounts));

        var failure = await Should.ThrowAsync<ContractViolation>(() => exploration.ExploreAsync(500, TestContext.Current.CancellationToken));

        TestContext.Current.TestOutputHelper?.WriteLine(failure.Message);
        failure.Message.ShouldContain("Given accounts");
        failure.Message.ShouldContain("clear");
        // Numbered steps and the failing one. A few steps show this rule; first failures run 15 to 26
        // (seeds 1 to 5 and the default) and shrink to 5 to 8, so ten steps at most is what shrinking must reach.
        var steps = failure.Message.Split('\n').Count(line => line.TrimStart().Length > 0 && char.IsAsciiDigit(line.TrimStart()[0])) + 1;
        TestContext.Current.TestOutputHelper?.WriteLine($"shrunk from {exploration.FailedLength} to {steps} steps");
        steps.ShouldBeLessThanOrEqualTo(Math.Min(exploration.FailedLength, ShortStory));
    }

    [Fact]
    public async Task BrokenModelRule_ConcurrentBatchesOnTheCorrectEngine_FitNoOrderOfThem()
    {
        target.EnsureConfigured();
        if (target.Run.SkipReason(TargetNeeds.ValueMemory | TargetNeeds.IssuedTokens | TargetNeeds.ConcurrentClients) is { } reason)
        {
            Assert.Skip($"the concurrency check is put to the test on the engine: {reason}");
        }

        var exploration = new ConcurrentExploration(target.Run, (spec, accounts) => new ClearEndsEveryKind(spec, accounts));

        var failure = await Should.ThrowAsync<ContractViolation>(() => exploration.ExploreAsync(200, TestContext.Current.CancellationToken));

        failure.Message.ShouldContain("no order of these requests explains their answers");
        new[] { "clear", "delete-one" }.ShouldContain(action => failure.Message.Contains($"at once: {action} ", StringComparison.Ordinal), "the broken rule is about removing a kind");
    }

    // The rule a reader might misremember: clearing one kind of push token clears both.
    private sealed class ClearEndsEveryKind(ApiSpecification spec, int accounts) : HostModel(spec, accounts)
    {
        protected override IEnumerable<string> KindsRemoved(string resource) => Spec.Resources;

        protected override HostModel NewOfSameKind() => new ClearEndsEveryKind(Spec, Accounts);
    }
}
