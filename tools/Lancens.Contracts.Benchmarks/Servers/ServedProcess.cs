using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Lancens.Contracts.Processes;

namespace Lancens.Contracts.Benchmarks.Servers;

/// <summary>Starts a server process and polls it until it answers: its time to ready, from process start.</summary>
internal static class ServedProcess
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Starts the server on a free loopback port and returns once <paramref name="probe"/> is answered there, whatever
    /// the status. The probe's client code is warm for every timed start: each server's first start is untimed.
    /// </summary>
    /// <param name="arguments">The command line, given the port.</param>
    /// <param name="basePath">Where the server serves the API's paths, e.g. <c>/v1/api</c>; empty for its root.</param>
    public static async Task<RunningServer> StartAsync(
        string name, string executable, Func<string, string[]> arguments, string workingDirectory, string basePath, SentRequest probe, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var apiBase = new Uri($"http://127.0.0.1:{port}{basePath}");
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };
        var started = Stopwatch.GetTimestamp();
        var process = ChildProcess.Start(executable, arguments(port), workingDirectory);
        try
        {
            while (!await AnswersAsync(client, probe, apiBase, cancellationToken))
            {
                var problem = process.HasExited && await process.WaitForExitAsync(TimeSpan.FromSeconds(5), cancellationToken) ? $"exited with code {process.ExitCode} before it answered"
                    : Stopwatch.GetElapsedTime(started) > StartTimeout ? $"did not answer {probe.Url(apiBase)} within {StartTimeout.TotalSeconds:0} s"
                    : null;
                if (problem is not null)
                {
                    throw new BenchmarkException($"{name} {problem}:\n{process.Tail(4000)}");
                }

                await Task.Delay(PollInterval, cancellationToken);
            }

            return new RunningServer(apiBase, process.Id, Stopwatch.GetElapsedTime(started), process);
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

    private static async Task<bool> AnswersAsync(HttpClient client, SentRequest probe, Uri apiBase, CancellationToken cancellationToken)
    {
        try
        {
            using var message = probe.ToMessage(apiBase);
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }
}
