using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios;

/// <summary>One acceptance criterion of the contract: given a state, when a request is sent, then a documented response comes back.</summary>
public sealed record ContractScenario
{
    /// <summary>Unique, in the form <c>operation_Condition_Expected</c>.</summary>
    public required string Id { get; init; }

    public required ApiOperation Operation { get; init; }

    public required CheckKind Kind { get; init; }

    /// <summary>The body field the scenario is about (its boundary or its error), when it is about one.</summary>
    public string? Field { get; init; }

    /// <summary>What the condition is, in words, e.g. "push_token is absent".</summary>
    public required string Condition { get; init; }

    public required ScenarioRequest Request { get; init; }
    public required ExpectedResponse Expected { get; init; }

    /// <summary>What must hold before the request is sent.</summary>
    public Precondition Given { get; init; } = Precondition.None;

    /// <summary>The push token a successful request registers, so a live run can remove it afterwards.</summary>
    public Registration? Registers { get; init; }

    /// <summary>A made-up account the scenario logs in as (its session fills the request), instead of the suite's own.</summary>
    public Account? Account { get; init; }

    public TargetNeeds Needs { get; init; } = TargetNeeds.None;

    /// <summary>The scenario in the terms an assumption's <c>verified-by</c> filters on.</summary>
    public CheckFacets Facets => new(Kind, Operation.Errors.FirstOrDefault(error => error.Status == Expected.Status && error.ExampleName == Expected.ExampleName)?.Category, Field, Operation.Id, null);

    public string GivenText => (Operation.Effect.Action, Given) switch
    {
        (EffectAction.Login, _) => Account is null ? "an existing account" : "an existing account with these values",
        (_, { Registered: { } registered }) => $"a logged-in user with a {registered.Resource} push token registered",
        (_, { Cleared: { } resource }) => $"a logged-in user with no {resource} push token registered",
        _ => Account is null ? "a logged-in user" : "a logged-in user of a made-up account",
    };

    public string Sentence => $"Given {GivenText}, when {Request} is sent with {Condition}, then {Expected}";

    public override string ToString() => Id;
}
