using System.Collections.Concurrent;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Running;

/// <summary>The push-token kinds this run registered on the target, per account, so a live run can clear them at the end, whatever failed.</summary>
internal sealed class RegistrationLedger
{
    private readonly ConcurrentDictionary<(string Username, string Resource), Account> _touched = new();

    public void Touched(Account account, Registration? registration)
    {
        if (registration is not null)
        {
            _touched.TryAdd((account.Username, registration.Resource), account);
        }
    }

    /// <summary>Each account with the resources it registered, in a stable order.</summary>
    public IReadOnlyList<(Account Account, IReadOnlyList<string> Resources)> Touched() =>
        [.. _touched.GroupBy(pair => pair.Key.Username, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (group.First().Value, (IReadOnlyList<string>)[.. group.Select(pair => pair.Key.Resource).Order(StringComparer.Ordinal)]))];
}
