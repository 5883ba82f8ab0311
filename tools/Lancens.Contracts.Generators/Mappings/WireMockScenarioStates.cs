using Lancens.Contracts.Model;

namespace Lancens.Contracts.Generators.Mappings;

/// <summary>
/// The mock's memory, as one WireMock scenario: which push-token kinds are registered, or that the user
/// logged out. WireMock starts every scenario in "Started", which here means logged in with nothing
/// registered, so a client can begin with any token. The kinds are the spec's resources.
/// </summary>
internal sealed class WireMockScenarioStates(ApiSpecification spec)
{
    public const string ScenarioName = "lancens-session";
    public const string Started = "Started";
    public const string LoggedOut = "logged-out";

    /// <summary>When the logged-out answers apply, as every stub that gives one says it.</summary>
    public const string LoggedOutCondition = "the user has logged out (until the next login)";

    private readonly IReadOnlyList<string> _resources = spec.Resources;

    /// <summary>Every logged-in state, as the set of registered kinds.</summary>
    public IEnumerable<IReadOnlySet<string>> LoggedIn =>
        Enumerable.Range(0, 1 << _resources.Count).Select(mask =>
            (IReadOnlySet<string>)_resources.Where((_, index) => (mask & (1 << index)) != 0).ToHashSet());

    public string Name(IReadOnlySet<string> registered) =>
        registered.Count == 0 ? Started : string.Join('+', _resources.Where(registered.Contains));

    public string With(IReadOnlySet<string> registered, string resource) => Name(registered.Append(resource).ToHashSet());

    public string Without(IReadOnlySet<string> registered, string resource) => Name(registered.Where(kind => kind != resource).ToHashSet());
}
