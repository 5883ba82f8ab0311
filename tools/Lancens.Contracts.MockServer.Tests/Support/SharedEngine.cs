namespace Lancens.Contracts.MockServer.Tests.Support;

/// <summary>
/// One engine for a test class whose requests change nothing it remembers (forced errors, unknown routes, refusals),
/// so no test depends on another having run.
/// </summary>
public sealed class SharedEngine : IAsyncLifetime
{
    private Engine? _engine;

    internal LancensMock Mock => _engine!.Mock;

    internal ApiClient Client => _engine!.Client;

    public async ValueTask InitializeAsync() => _engine = await Engine.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_engine is not null)
        {
            await _engine.DisposeAsync();
        }
    }
}
