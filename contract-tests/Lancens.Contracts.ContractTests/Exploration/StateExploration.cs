using System.Collections.Concurrent;
using CsCheck;
using Lancens.Contracts.ContractTests.Reporting;
using Lancens.Contracts.ContractTests.Running;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Exploration;

/// <summary>
/// Explores the target's state by machine: random sequences (<see cref="Steps"/>), each drawn from the run's seed and
/// its number (so <c>LANCENS_SEED</c> replays a run), compared step by step with the reference model. The first failing
/// sequence is shrunk by CsCheck to the shortest it finds, and reported as its story with the seed that replays it.
/// </summary>
internal sealed class StateExploration(SuiteRuntime runtime, Func<ApiSpecification, int, HostModel>? newModel = null)
{
    /// <summary>How many more draws CsCheck makes to shrink a failure; only smaller ones are sent.</summary>
    private const int ShrinkDraws = 3000;

    public int Sequences { get; private set; }

    public int StepsSent { get; private set; }

    /// <summary>How many steps the first failing sequence had before shrinking, its accounts' logins included; 0 when none failed.</summary>
    public int FailedLength { get; private set; }

    /// <exception cref="ContractViolation">A sequence's answers differed from the model's; the message is the shrunk story.</exception>
    public async Task ExploreAsync(int sequences, CancellationToken cancellationToken)
    {
        var accounts = new[] { runtime.SuiteAccount, runtime.SecondAccount }.OfType<Account>().ToList();
        var generator = Steps.Sequence(runtime.Spec, accounts.Count);
        var answers = new ConcurrentDictionary<AnswerKey, byte>();
        var runner = new SequenceRunner(runtime, accounts, () => (newModel ?? ((spec, count) => new HostModel(spec, count)))(runtime.Spec, accounts.Count), (answer, held) =>
        {
            StepsSent++;
            // The matrix learns each documented answer the exploration saw held once, not thousands of times.
            if (held && answers.TryAdd(answer.Key, 0))
            {
                runtime.Recorder.RecordAnswer(new ExpectedResponse(answer.Key, answer.Error?.Message), "explored-sequences", Outcome.Passed);
            }
        });

        for (var number = 0; number < sequences; number++)
        {
            var draw = new PCG((uint)number + 1, (ulong)(uint)runtime.Settings.Seed);
            var seed = draw.ToString();
            var steps = generator.Generate(draw, null, out _);
            Sequences++;
            try
            {
                await runner.RunAsync(steps, cancellationToken);
            }
            catch (ExplorationFailure)
            {
                FailedLength = steps.Length + accounts.Count;
                throw await ShrunkAsync(generator, runner, seed, number, cancellationToken);
            }
        }
    }

    private async Task<ContractViolation> ShrunkAsync(Gen<Step[]> generator, SequenceRunner runner, string seed, int number, CancellationToken cancellationToken)
    {
        try
        {
            await generator.SampleAsync(steps => runner.RunAsync(steps, cancellationToken), seed: seed, iter: ShrinkDraws, threads: 1, print: steps => $"{steps.Length} steps");
        }
        catch (CsCheckException shrunk) when (shrunk.InnerException is ExplorationFailure failure)
        {
            var replay = shrunk.Message.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Contains("seed", StringComparison.OrdinalIgnoreCase)) ?? seed;
            return new ContractViolation(
                $"explored-sequences: sequence {number + 1} of seed {runtime.Settings.Seed} broke the reference model; shrunk to {failure.Steps} steps ({replay}):{Environment.NewLine}{failure.Message}",
                failure.Expected,
                failure.Actual);
        }

        return new ContractViolation($"explored-sequences: sequence {number + 1} of seed {runtime.Settings.Seed} failed once but not again ({seed}): the target is not deterministic", "the same answer twice", "another");
    }
}
