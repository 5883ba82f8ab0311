namespace Lancens.Contracts.ContractTests.Reporting;

/// <summary>What a report says about its run: never a credential.</summary>
internal sealed record RunHeader(string Target, string BaseUrl, int Seed, DateTimeOffset Finished, IReadOnlyList<string> Notes);
