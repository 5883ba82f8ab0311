using Lancens.Contracts.ContractTests.Journeys;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Targets;

/// <summary>What both test discovery and the run need: the spec, the settings, and the checks of this run's scope.</summary>
internal static class SuiteData
{
    private static readonly Lazy<TargetSettings> LoadedSettings = new(() => TargetSettings.From(Environment.GetEnvironmentVariable, Spec.DefaultBaseUrl, Layout.Root));
    private static readonly Lazy<IReadOnlyList<ContractScenario>> AllScenarios = new(() => ScenarioCatalog.For(Spec, Settings.Seed));
    private static readonly Lazy<IReadOnlyList<ContractScenario>> ScopedScenarios = new(() => InScope(AllScenarios.Value));

    public static RepositoryLayout Layout => RepositorySpec.Layout;

    public static ApiSpecification Spec => RepositorySpec.Specification;

    public static TargetSettings Settings => LoadedSettings.Value;

    /// <summary>Every scenario of the spec, whatever the scope.</summary>
    public static IReadOnlyList<ContractScenario> EveryScenario => AllScenarios.Value;

    /// <summary>The scenarios of this run's scope.</summary>
    public static IReadOnlyList<ContractScenario> Scenarios => ScopedScenarios.Value;

    public static IReadOnlyList<Journey> Journeys =>
        Settings.Scope == RunScope.Smoke ? [JourneyCatalog.Named("lifecycle")] : JourneyCatalog.All;

    public static ContractScenario Scenario(string id) => Scenarios.Single(scenario => scenario.Id == id);

    /// <summary>Why a check does not run on this target, or null when it does.</summary>
    public static string? SkipReason(TargetNeeds needs) => TargetAbilities.SkipReason(Settings, needs);

    // Smoke: per operation, its valid request and one natural error the target can answer.
    private static IReadOnlyList<ContractScenario> InScope(IReadOnlyList<ContractScenario> all)
    {
        if (Settings.Scope == RunScope.Full)
        {
            return all;
        }

        return [.. all.GroupBy(scenario => scenario.Operation.Id).SelectMany(operation => new[]
        {
            operation.First(scenario => scenario.Kind == CheckKind.Success),
            operation.First(scenario => scenario.Kind == CheckKind.Natural && SkipReason(scenario.Needs) is null),
        })];
    }
}
