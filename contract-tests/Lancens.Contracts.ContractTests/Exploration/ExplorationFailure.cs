namespace Lancens.Contracts.ContractTests.Exploration;

/// <summary>An explored sequence whose answer the reference model did not expect: the story that replays it.</summary>
/// <param name="steps">How many steps the story takes, the accounts' first logins included.</param>
internal sealed class ExplorationFailure(string story, int steps, string expected, string actual) : Exception(story)
{
    public int Steps { get; } = steps;

    public string Expected { get; } = expected;

    public string Actual { get; } = actual;
}
