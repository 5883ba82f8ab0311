using Lancens.Contracts.ContractTests;
using Lancens.Contracts.ContractTests.Targets;

[assembly: AssemblyFixture(typeof(ContractTarget))]
[assembly: TestCollectionOrderer(typeof(CoverageGateLast))]
