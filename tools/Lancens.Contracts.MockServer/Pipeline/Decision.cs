using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Pipeline;

/// <summary>The stage of the pipeline that chose an answer.</summary>
internal enum DecisionStage
{
    /// <summary>No operation has the method and path (<c>x-lancens-unknown-route</c>).</summary>
    UnknownRoute,

    /// <summary>A control header of the request (the fault or the error header).</summary>
    ControlHeader,

    /// <summary>An answer armed with <c>lancens arm</c>.</summary>
    Armed,

    /// <summary>A natural check of the spec, in its validation order.</summary>
    NaturalCheck,

    /// <summary>The operation's effect on what the host remembers.</summary>
    Effect,
}

/// <summary>Which stage chose an answer and by which rule: what the journal says of every request.</summary>
/// <param name="Rule">The stage's own words for the rule, e.g. <c>missing-param push_token</c> or <c>#3</c>.</param>
internal sealed record Decision(DecisionStage Stage, string Rule)
{
    public static Decision UnknownRoute { get; } = new(DecisionStage.UnknownRoute, string.Empty);

    public static Decision Header(string header) => new(DecisionStage.ControlHeader, header);

    public static Decision Armed(int id) => new(DecisionStage.Armed, $"#{id}");

    /// <param name="bodyProblem">Why the body is no JSON object, when that is what failed.</param>
    public static Decision Check(DocumentedError failed, string? bodyProblem) =>
        new(DecisionStage.NaturalCheck, failed.Category == ErrorCategory.Internal && bodyProblem is not null
            ? $"{SpecWords.Of(failed.Category)}: {bodyProblem}"
            : string.Join(' ', new[] { SpecWords.Of(failed.Category), failed.Field }.OfType<string>()));

    public static Decision Of(OperationEffect effect) =>
        new(DecisionStage.Effect, string.Join(' ', new[] { SpecWords.Of(effect.Action), effect.Resource }.OfType<string>()));

    public override string ToString() => Stage switch
    {
        DecisionStage.UnknownRoute => "unknown route",
        DecisionStage.ControlHeader => $"control header {Rule}",
        DecisionStage.Armed => $"armed answer {Rule} (lancens arm)",
        DecisionStage.NaturalCheck => $"natural check {Rule}",
        _ => $"effect {Rule}",
    };
}
