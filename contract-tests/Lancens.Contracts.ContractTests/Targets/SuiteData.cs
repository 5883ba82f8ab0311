using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Targets;

/// <summary>What both test discovery and the run need: the spec, the settings and the scenarios derived from them.</summary>
internal static class SuiteData
{
    private static readonly Lazy<ApiSpecification> LoadedSpec = new(() => ApiSpecification.Load(Layout!.SpecFile));
    private static readonly Lazy<TargetSettings> LoadedSettings = new(() => TargetSettings.From(Environment.GetEnvironmentVariable, Spec.DefaultBaseUrl, Layout!.Root));
    private static readonly Lazy<IReadOnlyList<ContractScenario>> LoadedScenarios = new(() => ScenarioCatalog.For(Spec, Settings.Seed));

    public static RepositoryLayout Layout { get; } = RepositoryLayout.Find(AppContext.BaseDirectory);

    public static ApiSpecification Spec => LoadedSpec.Value;

    public static TargetSettings Settings => LoadedSettings.Value;

    public static IReadOnlyList<ContractScenario> Scenarios => LoadedScenarios.Value;

    public static ContractScenario Scenario(string id) => Scenarios.Single(scenario => scenario.Id == id);

    /// <summary>Why a scenario does not run on this target, or null when it does.</summary>
    public static string? SkipReason(ContractScenario scenario) =>
        Settings.Kind == TargetKind.Live ? scenario.MockOnlyReason : null;
}
