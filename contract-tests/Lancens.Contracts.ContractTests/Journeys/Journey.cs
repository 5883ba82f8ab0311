using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Journeys;

/// <summary>
/// Several requests whose answers must agree with each other: what the host remembers between them. The name is the one
/// an assumption's <c>verified-by</c> gives (<c>journey=register-then-query</c>).
/// </summary>
internal sealed record Journey(string Name, string Description, TargetNeeds Needs, Func<JourneyContext, Task> Run)
{
    public CheckFacets Facets => new(CheckKind.Journey, null, null, null, Name);

    public override string ToString() => Name;
}
