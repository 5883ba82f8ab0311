using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Generators.Catalog;

/// <summary>One documented response of one operation, with the request that reproduces it on the mock.</summary>
internal sealed record CatalogEntry(ApiOperation Operation, DocumentedResponse Response, ResponseExample Example, ContractScenario Reproduction)
{
    public DocumentedError? Error => Example.Error;

    /// <summary>Builds one entry per documented response, reproduced naturally where the request can cause it, else forced.</summary>
    public static IReadOnlyList<CatalogEntry> All(ApiSpecification spec, IReadOnlyList<ContractScenario> scenarios) =>
        [.. spec.Operations.SelectMany(operation => operation.Responses.SelectMany(response => response.Examples.Select(example =>
        {
            var matching = scenarios.Where(scenario =>
                scenario.Operation.Id == operation.Id && scenario.Expected.Status == response.Status && scenario.Expected.ExampleName == example.Name);
            var reproduction = matching.FirstOrDefault(scenario => scenario.MockOnlyReason is null) ?? matching.FirstOrDefault()
                ?? throw new InvalidOperationException($"no scenario reproduces {operation.Id} {response.Status} {example.Name}");
            return new CatalogEntry(operation, response, example, reproduction);
        })))];
}
