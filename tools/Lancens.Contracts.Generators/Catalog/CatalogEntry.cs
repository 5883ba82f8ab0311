using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Generators.Catalog;

/// <summary>One documented response of one operation, with the request that reproduces it on the mock.</summary>
internal sealed record CatalogEntry(DocumentedAnswer Answer, ContractScenario Reproduction)
{
    public ApiOperation Operation => Answer.Operation;

    public DocumentedResponse Response => Answer.Response;

    public ResponseExample Example => Answer.Example;

    public DocumentedError? Error => Answer.Error;

    /// <summary>Builds one entry per documented response, reproduced naturally where the request can cause it, else forced.</summary>
    public static IReadOnlyList<CatalogEntry> All(ApiSpecification spec, IReadOnlyList<ContractScenario> scenarios) =>
        [.. spec.DocumentedResponses.Select(answer =>
        {
            var matching = scenarios.Where(scenario => scenario.Expected.Answer == answer.Key);
            var reproduction = matching.FirstOrDefault(scenario => scenario.Kind != CheckKind.Forced && scenario.Account is null) ?? matching.FirstOrDefault()
                ?? throw new InvalidOperationException($"no scenario reproduces {answer}");
            return new CatalogEntry(answer, reproduction);
        })];
}
