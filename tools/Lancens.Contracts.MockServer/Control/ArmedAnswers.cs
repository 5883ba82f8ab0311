using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.MockServer.Control;

/// <summary>
/// Armed errors and faults, each with an operation, an account and a remaining count, consumed atomically: two
/// concurrent requests never both take the last one.
/// </summary>
internal sealed class ArmedAnswers(ApiSpecification spec)
{
    public const int MaxTimes = 1000;

    private readonly List<ArmedAnswer> _armed = [];
    private readonly Lock _gate = new();
    private int _nextId = 1;
    private volatile bool _isEmpty = true;

    /// <summary>True when nothing is armed: the pipeline's fast path skips the lookup.</summary>
    public bool IsEmpty => _isEmpty;

    /// <exception cref="ArgumentException">The request names nothing the spec documents, or both an error and a fault, or neither.</exception>
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
            var documented = operations.Select(operation => MockControl.ErrorNamed(operation, text)).OfType<DocumentedError>().FirstOrDefault()
                ?? throw new ArgumentException(request.Operation is null
                    ? $"No operation documents the error '{text}'."
                    : MockControl.UnknownErrorMessage(operations[0]));
            error = documented.Message;
        }

        string? fault = null;
        if (request.Fault is { } value)
        {
            fault = MockFault.TryParse(value, out var parsed) ? parsed.Value : throw new ArgumentException(MockControl.UnknownFaultMessage(MockFault.Accepted));
        }

        lock (_gate)
        {
            var armed = new ArmedAnswer(_nextId++, error, fault, request.Operation, request.Username, request.Times);
            _armed.Add(armed);
            _isEmpty = false;
            return armed;
        }
    }

    /// <summary>Takes one use of the first armed answer that matches, or null.</summary>
    /// <param name="username">The request's account, asked only when an armed answer names one.</param>
    public ArmedAnswer? TryTake(ApiOperation operation, Func<string?> username)
    {
        lock (_gate)
        {
            string? account = null;
            var resolved = false;
            for (var index = 0; index < _armed.Count; index++)
            {
                var armed = _armed[index];
                if ((armed.Operation is not null && armed.Operation != operation.Id)
                    || (armed.Error is not null && MockControl.ErrorNamed(operation, armed.Error) is null))
                {
                    continue;
                }

                if (armed.Username is not null)
                {
                    if (!resolved)
                    {
                        (account, resolved) = (username(), true);
                    }

                    if (armed.Username != account)
                    {
                        continue;
                    }
                }

                if (armed.Remaining == 1)
                {
                    _armed.RemoveAt(index);
                }
                else
                {
                    _armed[index] = armed with { Remaining = armed.Remaining - 1 };
                }

                _isEmpty = _armed.Count == 0;
                return armed;
            }

            return null;
        }
    }

    public IReadOnlyList<ArmedAnswer> List()
    {
        lock (_gate)
        {
            return [.. _armed];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _armed.Clear();
            _isEmpty = true;
        }
    }

    private ApiOperation Find(string operationId) =>
        spec.Operations.FirstOrDefault(operation => operation.Id == operationId)
        ?? throw new ArgumentException($"No operation '{operationId}'; the spec has {string.Join(", ", spec.Operations.Select(operation => operation.Id))}.");
}
