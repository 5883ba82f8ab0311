namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>Starts one kind of server under test, each time as a new process.</summary>
internal interface IServerLauncher
{
    /// <summary>Short, for tables: engine, wiremock, prism, bare.</summary>
    string Name { get; }

    /// <summary>What runs and how, for the report's header.</summary>
    string Description { get; }

    ServerTraits Traits { get; }

    Task<RunningServer> StartAsync(TextWriter progress, CancellationToken cancellationToken);
}
