using Lancens.Contracts.Model;
using Lancens.Contracts.Proxy.Forwarding;

namespace Lancens.Contracts.Proxy.Evidence;

/// <summary>Who got an exchange wrong: the client's request, the host's answer, or the way to the host.</summary>
internal enum Side
{
    Client,
    Host,
    Upstream,
}

/// <summary>One way an exchange breaks the spec, said of the side that broke it.</summary>
internal sealed record Finding(Side Side, string Text)
{
    public override string ToString() => $"{SpecWords.Of(Side)}: {Text}";
}

/// <summary>One facet an exchange put to the test (in the terms of <c>verified-by</c>) and whether the host's answer held to it.</summary>
/// <param name="Expected">What the spec and the account's earlier exchanges led to expect.</param>
/// <param name="Actual">What came back, when it did not hold.</param>
internal sealed record Observation(CheckFacets Facets, bool Holds, string Expected, string? Actual);

/// <summary>What one exchange showed: its operation, what each side got wrong, and the facets it put to the test.</summary>
/// <param name="Answer">The documented answer the host gave, when it gave one.</param>
/// <param name="Note">Why it is evidence for nothing, when it is not (a path outside the spec, an error the spec marks forced).</param>
internal sealed record Judgement(Exchange Exchange, ApiOperation? Operation, AnswerKey? Answer, IReadOnlyList<Finding> Findings, IReadOnlyList<Observation> Observations, string? Note);
