using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios;

/// <summary>One acceptance criterion of the contract: given a state, when a request is sent, then a documented response comes back.</summary>
public sealed record ContractScenario
{
    /// <summary>Unique, in the form <c>operation_Condition_Expected</c>.</summary>
    public required string Id { get; init; }

    public required ApiOperation Operation { get; init; }

    /// <summary>What the condition is, in words, e.g. "push_token is absent".</summary>
    public required string Condition { get; init; }

    public required ScenarioRequest Request { get; init; }
    public required ExpectedResponse Expected { get; init; }

    /// <summary>The push token that must be registered before the request; its value is the request's serial.</summary>
    public Registration? Requires { get; init; }

    /// <summary>The push token a successful request registers, so a live run can remove it afterwards.</summary>
    public Registration? Registers { get; init; }

    /// <summary>Why the scenario cannot run against the real host, or null when it runs on both targets.</summary>
    public string? MockOnlyReason { get; init; }

    public string Given => (Operation.Effect.Action, Requires) switch
    {
        (EffectAction.Login, _) => "an existing account",
        (_, null) => "a logged-in user",
        _ => $"a logged-in user with a {Requires.Resource} push token registered",
    };

    public string Sentence => $"Given {Given}, when {Request} is sent with {Condition}, then {Expected}";

    public override string ToString() => Id;
}
