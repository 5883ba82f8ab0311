using Lancens.Contracts.MockServer;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Targets;

/// <summary>
/// The accounts an engine the suite starts knows: the suite's two, and every made-up account a scenario logs in as. Any
/// other account is unknown, so a made-up one answers the credentials error, as on the real host.
/// </summary>
internal static class EngineAccounts
{
    public static IReadOnlyList<MockAccount> For(Account suite, Account second) =>
        [.. new[] { suite, second }.Concat(SuiteData.EveryScenario.Select(scenario => scenario.Account).OfType<Account>())
            .DistinctBy(account => account.Username)
            .Select(account => new MockAccount(account.Username, account.Password))];
}
