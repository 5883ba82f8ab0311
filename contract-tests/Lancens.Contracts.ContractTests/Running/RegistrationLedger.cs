using System.Collections.Concurrent;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Running;

/// <summary>The push-token kinds this run registered on the target, so a live run can clear them at the end, whatever failed.</summary>
internal sealed class RegistrationLedger
{
    private readonly ConcurrentDictionary<string, byte> _resources = new(StringComparer.Ordinal);

    public void Touched(Registration? registration)
    {
        if (registration is not null)
        {
            _resources.TryAdd(registration.Resource, 0);
        }
    }

    public IReadOnlyList<string> Resources => [.. _resources.Keys.Order(StringComparer.Ordinal)];
}
