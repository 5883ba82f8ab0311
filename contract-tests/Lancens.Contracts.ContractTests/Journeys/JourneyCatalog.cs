namespace Lancens.Contracts.ContractTests.Journeys;

/// <summary>Every journey of the suite, by name.</summary>
internal static class JourneyCatalog
{
    public static IReadOnlyList<Journey> All { get; } = [.. StateJourneys.All(), .. RecordJourneys.All(), .. SessionJourneys.All(), .. ExplorationJourneys.All()];

    public static Journey Named(string name) => All.Single(journey => journey.Name == name);
}
