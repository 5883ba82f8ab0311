using Microsoft.Extensions.Hosting;

namespace Lancens.Contracts.MockServer.Hosting;

/// <summary>
/// The engine runs inside someone else's process (a test run, the CLI), so it never takes that process's signals: the
/// default console lifetime would swallow a Ctrl-C or SIGTERM meant for the host and stop only the engine. Whoever
/// starts the engine stops it, by disposing it.
/// </summary>
internal sealed class InProcessLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
