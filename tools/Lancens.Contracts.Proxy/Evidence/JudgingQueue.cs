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
    private const int MaxOutOfOrder = 4096;

    private readonly Channel<Exchange> _channel = Channel.CreateBounded<Exchange>(new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Action<Exchange> _judge;
    private readonly Action<Exchange, Exception> _failed;
    private readonly Task _consumer;
    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _submitted;
    private long _done;

    /// <param name="failed">Told of an exchange the judge could not judge (a bug): the queue goes on with the next.</param>
    public JudgingQueue(Action<Exchange> judge, Action<Exchange, Exception> failed)
    {
        _judge = judge;
        _failed = failed;
        _consumer = Task.Run(ConsumeAsync);
    }

    public async ValueTask SubmitAsync(Exchange exchange)
    {
        Interlocked.Increment(ref _submitted);
        await _channel.Writer.WriteAsync(exchange);
    }

    /// <summary>Waits until every exchange submitted before the call is judged.</summary>
    public async Task SettleAsync(CancellationToken cancellationToken)
    {
        var target = Interlocked.Read(ref _submitted);
        while (true)
        {
            var progress = Volatile.Read(ref _progress);
            if (Interlocked.Read(ref _done) >= target || _consumer.IsCompleted)
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

    private async Task ConsumeAsync()
    {
        var waiting = new SortedDictionary<long, Exchange>();
        long next = 1;
        await foreach (var exchange in _channel.Reader.ReadAllAsync())
        {
            waiting[exchange.Number] = exchange;
            if (waiting.Count > MaxOutOfOrder)
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
            Interlocked.Increment(ref _done);
            Interlocked.Exchange(ref _progress, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
    }
}
