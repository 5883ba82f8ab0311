using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.MockServer.Control;

/// <summary>
/// Armed errors and faults, each with an operation, an account and a remaining count, consumed atomically: two
/// concurrent requests never both take the last one. Indexed by operation and account, so a request looks at two queues
/// however many answers are armed, and bounded by <see cref="MaxArmed"/>: an answer used up leaves every queue it was in
/// at once, so the index holds only live answers.
/// </summary>
internal sealed class ArmedAnswers(ApiSpecification spec)
{
    public const int MaxTimes = 1000;

    /// <summary>At most this many armed answers wait at once: far more than QA arms by hand, small enough to list.</summary>
    public const int MaxArmed = 1000;

    // Operation id, then username ("" for any account), then the answers armed for both, oldest first. A queue is a
    // linked list so that an answer armed for many operations leaves all of their queues when it is used up.
    private readonly Dictionary<string, Dictionary<string, LinkedList<Entry>>> _byOperation = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, Entry> _live = [];
    private readonly Lock _gate = new();
    private int _nextId = 1;
    private volatile bool _isEmpty = true;

    /// <summary>True when nothing is armed: the pipeline's fast path skips the lookup.</summary>
    public bool IsEmpty => _isEmpty;

    /// <summary>What the index holds: operations, queues (operation and account) and queued entries; all zero once nothing is armed.</summary>
    public (int Operations, int Queues, int Entries) IndexSize
    {
        get
        {
            lock (_gate)
            {
                var queues = _byOperation.Values.SelectMany(byUser => byUser.Values).ToList();
                return (_byOperation.Count, queues.Count, queues.Sum(queue => queue.Count));
            }
        }
    }

    /// <exception cref="ArgumentException">The request names nothing the spec documents, or both an error and a fault, or neither, or too many are armed.</exception>
    public ArmedAnswer Arm(ArmRequest request)
    {
        if ((request.Error is null) == (request.Fault is null))
        {
            throw new ArgumentException("Arm either an error or a fault.");
        }

        if (request.Times is < 1 or > MaxTimes)
        {
            throw new ArgumentException($"times must be 1 to {MaxTimes}, not {request.Times}.");
        }

        var operations = request.Operation is null ? spec.Operations : [Find(request.Operation)];
        string? error = null;
        if (request.Error is { } text)
        {
            operations = [.. operations.Where(operation => MockControl.ErrorNamed(operation, text) is not null)];
            error = operations.Count > 0
                ? MockControl.ErrorNamed(operations[0], text)?.Message
                : throw new ArgumentException(request.Operation is null ? $"No operation documents the error '{text}'." : MockControl.UnknownErrorMessage(Find(request.Operation)));
        }

        string? fault = null;
        if (request.Fault is { } value)
        {
            fault = MockFault.TryParse(value, out var parsed) ? parsed.Value : throw new ArgumentException(MockControl.UnknownFaultMessage(MockFault.Accepted));
        }

        lock (_gate)
        {
            if (_live.Count >= MaxArmed)
            {
                throw new ArgumentException($"{MaxArmed} answers are armed already, the most the mock keeps: clear them (lancens arm --clear) or wait for requests to take them.");
            }

            var entry = new Entry(new ArmedAnswer(_nextId++, error, fault, request.Operation, request.Username, request.Times), request.Username ?? string.Empty);
            _live[entry.Answer.Id] = entry;
            foreach (var operation in operations)
            {
                var byUser = _byOperation.TryGetValue(operation.Id, out var users) ? users : _byOperation[operation.Id] = new(StringComparer.Ordinal);
                var queue = byUser.TryGetValue(entry.Key, out var queued) ? queued : byUser[entry.Key] = new LinkedList<Entry>();
                entry.Places.Add((operation.Id, queue.AddLast(entry)));
            }

            _isEmpty = false;
            return entry.Answer;
        }
    }

    /// <summary>Takes one use of the oldest armed answer that matches, or null.</summary>
    /// <param name="username">The request's account, asked only when an answer is armed for some account on this operation.</param>
    public ArmedAnswer? TryTake(ApiOperation operation, Func<string?> username)
    {
        lock (_gate)
        {
            if (!_byOperation.TryGetValue(operation.Id, out var byUser))
            {
                return null;
            }

            var forAnyone = Head(byUser, string.Empty);
            var armedForSomeAccount = byUser.Count > (byUser.ContainsKey(string.Empty) ? 1 : 0);
            var forAccount = armedForSomeAccount && username() is { } account ? Head(byUser, account) : null;
            var taken = (forAnyone, forAccount) switch
            {
                (null, null) => null,
                ({ } any, null) => any,
                (null, { } own) => own,
                ({ } any, { } own) => any.Answer.Id < own.Answer.Id ? any : own,
            };
            if (taken is null)
            {
                return null;
            }

            var answer = taken.Answer;
            taken.Answer = answer with { Remaining = answer.Remaining - 1 };
            if (taken.Answer.Remaining == 0)
            {
                Remove(taken);
            }

            return answer;
        }
    }

    public IReadOnlyList<ArmedAnswer> List()
    {
        lock (_gate)
        {
            return [.. _live.Values.Select(entry => entry.Answer)];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _byOperation.Clear();
            _live.Clear();
            _isEmpty = true;
        }
    }

    // The oldest answer of a queue: every answer queued still has uses.
    private static Entry? Head(Dictionary<string, LinkedList<Entry>> byUser, string key) =>
        byUser.TryGetValue(key, out var queue) ? queue.First?.Value : null;

    // A used-up answer leaves every queue it was in, and a queue or operation left empty leaves the index.
    private void Remove(Entry entry)
    {
        _live.Remove(entry.Answer.Id);
        _isEmpty = _live.Count == 0;
        foreach (var (operationId, node) in entry.Places)
        {
            var queue = node.List!;
            queue.Remove(node);
            if (queue.Count > 0)
            {
                continue;
            }

            var byUser = _byOperation[operationId];
            byUser.Remove(entry.Key);
            if (byUser.Count == 0)
            {
                _byOperation.Remove(operationId);
            }
        }

        entry.Places.Clear();
    }

    private ApiOperation Find(string operationId) =>
        spec.Operations.FirstOrDefault(operation => operation.Id == operationId)
        ?? throw new ArgumentException($"No operation '{operationId}'; the spec has {string.Join(", ", spec.Operations.Select(operation => operation.Id))}.");

    // One armed answer, shared by the queues of every operation it applies to, and where it sits in each; changed only under the gate.
    private sealed class Entry(ArmedAnswer answer, string key)
    {
        public ArmedAnswer Answer { get; set; } = answer;

        /// <summary>The username it is armed for, "" for any account: its queue's key under each operation.</summary>
        public string Key { get; } = key;

        public List<(string OperationId, LinkedListNode<Entry> Node)> Places { get; } = [];
    }
}
