using System.Collections.Concurrent;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Benchmarks.Checks;

/// <summary>
/// <see cref="AnswerContract.Undocumented"/>, remembered by operation, status, Content-Type and body: the same answer
/// always gets the same verdict, and under the mix most answers repeat (each user's record, the success message), so
/// only new ones pay for the schema validation. Bounded: once full, new answers are judged without being remembered.
/// </summary>
internal sealed class ContractVerdicts(int capacity = 10_000)
{
    private readonly ConcurrentDictionary<(string Operation, int Status, string? ContentType, string Body), IReadOnlyList<string>> _known = new();
    private int _count;

    public IReadOnlyList<string> Undocumented(ApiOperation operation, int status, string? contentType, string body)
    {
        var key = (operation.Id, status, contentType, body);
        if (_known.TryGetValue(key, out var problems))
        {
            return problems;
        }

        problems = AnswerContract.Undocumented(operation, status, contentType, body);
        if (Volatile.Read(ref _count) < capacity && _known.TryAdd(key, problems))
        {
            Interlocked.Increment(ref _count);
        }

        return problems;
    }
}
