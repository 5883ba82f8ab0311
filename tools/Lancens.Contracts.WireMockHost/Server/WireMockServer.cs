using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using Lancens.Contracts.Processes;

namespace Lancens.Contracts.WireMockHost;

/// <summary>A stock WireMock process serving a root folder, started and stopped in-process by the CLI and the test suites.</summary>
/// <remarks>
/// A start resolves what it needs once (root, java, the jar the build installed, the keystore pin), then launches java
/// and polls /__admin/health. A free port is picked before java binds it, so another process can take it in between:
/// that start is retried once on a new port.
/// </remarks>
public sealed class WireMockServer : IAsyncDisposable
{
    private const int MessageOutputTail = 8000;
    private static readonly TimeSpan OutputDrain = TimeSpan.FromSeconds(5);
    private static readonly string[] BindFailures = ["Failed to bind", "Address already in use"];

    private readonly ChildProcess _process;
    private readonly WireMockAdmin _admin;
    private readonly ClassDataSharingArchive _archive;
    private readonly WireMockOptions _options;
    private readonly Lock _gate = new();
    private Task? _stopping;

    private WireMockServer(
        ChildProcess process, WireMockAdmin admin, ClassDataSharingArchive archive, WireMockOptions options, Uri baseUrl, TimeSpan timeToReady)
    {
        _process = process;
        _admin = admin;
        _archive = archive;
        _options = options;
        BaseUrl = baseUrl;
        TimeToReady = timeToReady;
    }

    /// <summary>The server root, e.g. http://127.0.0.1:54321/.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The java process, so a benchmark can read its RSS.</summary>
    public int ProcessId => _process.Id;

    /// <summary>From process start until /__admin/health answered 200.</summary>
    public TimeSpan TimeToReady { get; }

    /// <summary>WireMock's stdout and stderr so far (the most recent 200 KB), for diagnostics.</summary>
    public string Output => _process.Output;

    internal bool HasExited => _process.HasExited;

    /// <exception cref="WireMockException">WireMock is not installed, or could not start or become ready.</exception>
    public static async Task<WireMockServer> StartAsync(WireMockOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRequestJournalEntries);
        var root = Path.GetFullPath(options.RootDirectory);
        if (!Directory.Exists(root))
        {
            throw new WireMockException($"The WireMock root folder {root} does not exist.");
        }

        var packages = Path.GetFullPath(options.PackageDirectory ?? root);
        var launch = new Launch(
            options,
            root,
            WireMockCommandLine.FindJava(),
            WireMockCommandLine.InstalledJar(packages),
            Path.GetFullPath(options.ArchiveDirectory ?? Path.Combine(packages, "node_modules", ".cache", "lancens")),
            WireMockAdmin.PinKeystore(options.Https));
        try
        {
            return await StartOnceAsync(launch, cancellationToken).ConfigureAwait(false);
        }
        catch (WireMockException exception) when (exception.IsPortConflict && launch.RequestedPort == 0)
        {
            // Another process took the free port between our probe and WireMock's bind.
            return await StartOnceAsync(launch, cancellationToken).ConfigureAwait(false);
        }
        catch (Win32Exception exception)
        {
            throw new WireMockException($"Could not start {launch.Java}: {exception.Message}", exception);
        }
    }

    /// <summary>Resets every scenario to its Started state.</summary>
    public Task ResetScenariosAsync(CancellationToken cancellationToken = default) => _admin.ResetScenariosAsync(cancellationToken);

    /// <summary>
    /// Asks WireMock to shut down and waits for the exit, as long as <see cref="WireMockOptions.StopTimeout"/> (or
    /// <see cref="WireMockOptions.RecordingStopTimeout"/>) allows; then kills the process tree.
    /// </summary>
    public Task StopAsync()
    {
        lock (_gate)
        {
            return _stopping ??= StopCoreAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private static async Task<WireMockServer> StartOnceAsync(Launch launch, CancellationToken cancellationToken)
    {
        var options = launch.Options;
        var port = launch.RequestedPort == 0 ? PickFreePort(launch.ListenAddress) : launch.RequestedPort;
        var baseUrl = new UriBuilder(options.Https is null ? "http" : "https", launch.ConnectHost, port).Uri;
        var archive = ClassDataSharingArchive.Prepare(launch.ArchiveDirectory, launch.Java, launch.Jar, TimeProvider.System);
        var command = WireMockCommandLine.Create(launch.Java, launch.Jar, launch.Root, archive.JvmArgument, options, port);
        var admin = new WireMockAdmin(baseUrl, launch.ServerCertificateCheck);
        ChildProcess? process = null;
        try
        {
            var started = Stopwatch.GetTimestamp();
            process = ChildProcess.Start(command.Java, command.Arguments, launch.Root);
            var problem = await admin.WaitUntilHealthyAsync(process, options.StartTimeout, cancellationToken).ConfigureAwait(false);
            if (problem is null)
            {
                return new WireMockServer(process, admin, archive, options, baseUrl, Stopwatch.GetElapsedTime(started));
            }

            throw await StartFailureAsync(launch, command, process, problem).ConfigureAwait(false);
        }
        catch
        {
            if (process is not null)
            {
                await process.DisposeAsync().ConfigureAwait(false);
            }

            archive.Complete(cleanExit: false);
            admin.Dispose();
            throw;
        }
    }

    private static async Task<WireMockException> StartFailureAsync(
        Launch launch, WireMockCommandLine command, ChildProcess process, string problem)
    {
        if (!process.HasExited)
        {
            return new WireMockException(
                $"WireMock serving {launch.Root} was not ready within {launch.Options.StartTimeout.TotalSeconds:0.#} s " +
                $"({problem}).\nCommand: {command}\nOutput tail:\n{process.Tail(MessageOutputTail)}");
        }

        // The exit can be seen before the last lines arrive; the reason WireMock refused to start is in them.
        await process.WaitForExitAsync(OutputDrain).ConfigureAwait(false);
        var output = process.Tail(MessageOutputTail);
        return new WireMockException(
            $"WireMock serving {launch.Root} exited with code {process.ExitCode} before it was ready." +
            $"\nCommand: {command}\nOutput tail:\n{output}")
        {
            IsPortConflict = BindFailures.Any(failure => output.Contains(failure, StringComparison.Ordinal)),
        };
    }

    private static int PickFreePort(IPAddress address)
    {
        using var listener = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(address, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }

    private async Task StopCoreAsync()
    {
        if (!_process.HasExited)
        {
            await _admin.RequestShutdownAsync(_options.StopTimeout).ConfigureAwait(false);
        }

        var exited = await _process.WaitForExitAsync(_archive.IsRecording ? _options.RecordingStopTimeout : _options.StopTimeout)
            .ConfigureAwait(false);
        if (!exited)
        {
            await _process.KillAsync().ConfigureAwait(false);
        }

        _archive.Complete(cleanExit: exited && _process.ExitCode == 0);
        _admin.Dispose();
        await _process.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>What every start attempt shares, resolved and checked once, so a retry repeats none of it.</summary>
    private sealed record Launch(
        WireMockOptions Options,
        string Root,
        string Java,
        string Jar,
        string ArchiveDirectory,
        RemoteCertificateValidationCallback? ServerCertificateCheck)
    {
        public int RequestedPort => Options.Https?.Port ?? Options.Port;

        public IPAddress ListenAddress => IPAddress.TryParse(Options.BindAddress, out var address) ? address : IPAddress.Loopback;

        // A wildcard bind address is reached through loopback.
        public string ConnectHost =>
            ListenAddress.Equals(IPAddress.Any) ? IPAddress.Loopback.ToString()
            : ListenAddress.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback.ToString()
            : Options.BindAddress;
    }
}
