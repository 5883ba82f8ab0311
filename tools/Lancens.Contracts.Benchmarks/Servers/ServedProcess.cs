using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Lancens.Contracts.Benchmarks.Requests;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Processes;

namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>Starts a server process and polls it until it answers: its time to ready, from process start.</summary>
internal static class ServedProcess
{
    private const int OutputTail = 4000;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Starts the server on a free loopback port and returns once <paramref name="probe"/> is answered there.</summary>
    /// <param name="arguments">The command line, given the port.</param>
    /// <param name="basePath">Where the server serves the API's paths, e.g. <c>/v1/api</c>; empty for its root.</param>
    /// <param name="printsReadyLine">It is <c>lancens serve</c>, whose ready line says how long it took by its own count.</param>
    public static async Task<RunningServer> StartAsync(
        string name, string executable, Func<string, string[]> arguments, string workingDirectory, string basePath, SentRequest probe, bool printsReadyLine, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var apiBase = new Uri($"http://127.0.0.1:{port}{basePath}");
        var url = probe.Url(apiBase);

        // The probe's own code runs once before the clock starts, so its first use is not timed. A missing executable
        // is a Win32Exception that names it.
        await AnswersAsync(url, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var process = ChildProcess.Start(executable, arguments(port), workingDirectory);
        try
        {
            while (!await AnswersAsync(url, cancellationToken))
            {
                if (process.HasExited)
                {
                    await process.WaitForExitAsync(TimeSpan.FromSeconds(5), cancellationToken);
                    throw new BenchmarkException($"{name} exited with code {process.ExitCode} before it answered:\n{process.Tail(OutputTail)}");
                }

                if (Stopwatch.GetElapsedTime(started) > StartTimeout)
                {
                    throw new BenchmarkException($"{name} did not answer {url} within {StartTimeout.TotalSeconds:0} s:\n{process.Tail(OutputTail)}");
                }

                await Task.Delay(PollInterval, cancellationToken);
            }

            var ready = Stopwatch.GetElapsedTime(started);

            // The ready line comes right after the server listens, so it is printed by the time the first answer is; a
            // moment's grace covers the output pipe.
            for (var attempt = 0; printsReadyLine && attempt < 100 && ReadyLine.Find(process.Output) is null; attempt++)
            {
                await Task.Delay(10, cancellationToken);
            }

            var said = printsReadyLine && ReadyLine.Find(process.Output) is { } line ? $"Ready in {line.Ready.TotalSeconds:0.00} s" : null;
            return new RunningServer(apiBase, process.Id, ready, process, said);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    // A loopback port nothing listens on right now, for a server that is told its port.
    private static string FreePort()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Whether a server answers yet: one GET over a plain socket, true at the first bytes of a status line, whatever the
    /// status. A raw socket rather than HttpClient, so the first answer is not timed with this process's own first-use costs.
    /// </summary>
    private static async Task<bool> AnswersAsync(Uri url, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(AnswerTimeout);
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(url.Host, url.Port, limit.Token);
            await using var stream = new NetworkStream(socket);
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {url.PathAndQuery} HTTP/1.1\r\nHost: {url.Authority}\r\nConnection: close\r\n\r\n"), limit.Token);
            var status = new byte[5];
            return await stream.ReadAtLeastAsync(status, status.Length, throwOnEndOfStream: false, limit.Token) == status.Length && status.AsSpan().SequenceEqual("HTTP/"u8);
        }
        catch (Exception exception) when (exception is SocketException or IOException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
