using System.Threading.Channels;
using Lancens.Contracts.Proxy.Forwarding;

namespace Lancens.Contracts.Proxy.Evidence;

/// <summary>
/// Judges exchanges off the request path, one at a time, in the order their requests arrived (a client's next request
/// only arrives once it has its answer, so its exchanges are judged in its order). Bounded: a full queue makes the
/// forwarding wait, so memory stays flat under any load.
/// </summary>
internal sealed class JudgingQueue : IAsyncDisposable
{
    // How far exchanges may arrive out of order (one request held up while later ones finish) before the judge goes on without it.
    private const int DefaultMaxOutOfOrder = 4096;

    private readonly Channel<Exchange> _channel = Channel.CreateBounded<Exchange>(new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Action<Exchange> _judge;
    private readonly Action<Exchange, Exception> _failed;
    private readonly int _maxOutOfOrder;
    private readonly Task _consumer;
    private readonly Lock _gate = new();

    // The numbers handed out whose exchanges are not judged yet: settling waits for those its caller could have seen answered.
    private readonly SortedSet<long> _unjudged = [];
    private long _issued;
    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="failed">Told of an exchange the judge could not judge (a bug): the queue goes on with the next.</param>
    /// <param name="maxOutOfOrder">How many later exchanges may wait for a held-up one before they are judged without it.</param>
    public JudgingQueue(Action<Exchange> judge, Action<Exchange, Exception> failed, int maxOutOfOrder = DefaultMaxOutOfOrder)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxOutOfOrder);
        _judge = judge;
        _failed = failed;
        _maxOutOfOrder = maxOutOfOrder;
        _consumer = Task.Run(ConsumeAsync);
    }

    /// <summary>
    /// The number of an exchange whose request just arrived (1, 2, ...). From now on settling waits for it, so its
    /// exchange must be submitted whatever becomes of the forwarding, failed or not.
    /// </summary>
    public long Reserve()
    {
        lock (_gate)
        {
            var number = ++_issued;
            _unjudged.Add(number);
            return number;
        }
    }

    /// <summary>Queues the exchange of a number <see cref="Reserve"/> gave out.</summary>
    public ValueTask SubmitAsync(Exchange exchange) => _channel.Writer.WriteAsync(exchange);

    /// <summary>
    /// Waits until every exchange whose request arrived before the call is judged, however long its upstream takes
    /// (its timeout bounds that), unless <paramref name="cancellationToken"/> ends the wait; or until the queue stopped.
    /// </summary>
    public async Task SettleAsync(CancellationToken cancellationToken)
    {
        long target;
        lock (_gate)
        {
            target = _issued;
        }

        while (true)
        {
            var progress = Volatile.Read(ref _progress);
            if (JudgedThrough(target) || _consumer.IsCompleted)
            {
                return;
            }

            await progress.Task.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await _consumer;
    }

    private bool JudgedThrough(long number)
    {
        lock (_gate)
        {
            return _unjudged.Count == 0 || _unjudged.Min > number;
        }
    }

    private async Task ConsumeAsync()
    {
        var waiting = new SortedDictionary<long, Exchange>();
        long next = 1;
        try
        {
            await foreach (var exchange in _channel.Reader.ReadAllAsync())
            {
                // Later than the judge could wait for it: the exchanges after it are judged already.
                if (exchange.Number < next)
                {
                    Judge(exchange);
                    continue;
                }

                waiting[exchange.Number] = exchange;
                if (waiting.Count > _maxOutOfOrder)
                {
                    next = waiting.Keys.First();
                }

                while (waiting.Remove(next, out var ready))
                {
                    Judge(ready);
                    next++;
                }
            }

            // Stopping: whatever is left, in order.
            foreach (var exchange in waiting.Values)
            {
                Judge(exchange);
            }
        }
        finally
        {
            // Whoever settles stops waiting once the queue stopped, judged or not.
            Progressed();
        }
    }

    private void Judge(Exchange exchange)
    {
        try
        {
            _judge(exchange);
        }
#pragma warning disable CA1031 // One exchange the judge trips over must not stop the judging of every later one.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _failed(exchange, exception);
        }
        finally
        {
            lock (_gate)
            {
                _unjudged.Remove(exchange.Number);
            }

            Progressed();
        }
    }

    private void Progressed() =>
        Interlocked.Exchange(ref _progress, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
