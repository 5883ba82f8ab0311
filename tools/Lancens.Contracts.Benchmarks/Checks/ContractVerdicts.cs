using System.Collections.Concurrent;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;

namespace Lancens.Contracts.Benchmarks.Checks;

/// <summary>
/// <see cref="ResponseContract.Undocumented"/>, remembered by operation, status, Content-Type and body: the same answer
/// always gets the same verdict, and under the mix most answers repeat (each user's record, the success message), so
/// only new ones pay for the schema validation: with it the soak drove the engine 25-30% harder on 2 cores (six paired
/// 15 s soaks). Bounded: once full, new answers are judged without being remembered.
/// </summary>
internal sealed class ContractVerdicts(int capacity = 10_000)
{
    private readonly ConcurrentDictionary<(string Operation, int Status, string? ContentType, string Body), IReadOnlyList<string>> _known = new();
    private int _count;

    public IReadOnlyList<string> Undocumented(ApiOperation operation, ObservedResponse answer)
    {
        var key = (operation.Id, answer.Status, answer.ContentType, answer.Body);
        if (_known.TryGetValue(key, out var problems))
        {
            return problems;
        }

        problems = ResponseContract.Undocumented(operation, answer);
        if (Volatile.Read(ref _count) < capacity && _known.TryAdd(key, problems))
        {
            Interlocked.Increment(ref _count);
        }

        return problems;
    }
}
