using System.Diagnostics;

namespace Lancens.Contracts.WireMockHost;

/// <summary>One launch of the java process, up to a ready server or an exception that says why it is not.</summary>
internal static class WireMockStartAttempt
{
    private const int MessageOutputTail = 8000;
    private static readonly TimeSpan OutputDrain = TimeSpan.FromSeconds(5);
    private static readonly string[] BindFailures = ["Failed to bind", "Address already in use"];

    public static async Task<WireMockServer> RunAsync(WireMockLaunch launch, CancellationToken cancellationToken)
    {
        var port = launch.PickPort();
        var baseUrl = launch.BaseUrl(port);
        var archive = ClassDataSharingArchive.Prepare(launch.ArchiveDirectory, launch.Java, launch.Jar);
        var commandLine = WireMockCommandLine.Create(
            launch.Java, launch.Jar, launch.RootDirectory, archive.JvmArgument, launch.Options, port);
        var admin = AdminHttpClient.Create(launch.ServerCertificateCheck);
        WireMockProcess? process = null;
        try
        {
            var started = Stopwatch.GetTimestamp();
            process = WireMockProcess.Start(commandLine, launch.RootDirectory);
            var problem = await ReadinessProbe.WaitAsync(process, admin, baseUrl, launch.Options.StartTimeout, cancellationToken)
                .ConfigureAwait(false);
            if (problem is null)
            {
                return new WireMockServer(process, admin, archive, baseUrl, Stopwatch.GetElapsedTime(started));
            }

            throw await FailureAsync(launch, commandLine, process, problem).ConfigureAwait(false);
        }
        catch
        {
            if (process is not null)
            {
                await process.KillAsync().ConfigureAwait(false);
                process.Dispose();
            }

            archive.Complete(cleanExit: false);
            admin.Dispose();
            throw;
        }
    }

    private static async Task<WireMockException> FailureAsync(
        WireMockLaunch launch, WireMockCommandLine commandLine, WireMockProcess process, string problem)
    {
        if (!process.HasExited)
        {
            return new WireMockException(
                $"WireMock serving {launch.RootDirectory} was not ready within {launch.Options.StartTimeout.TotalSeconds:0.#} s " +
                $"({problem}).\nCommand: {commandLine}\nOutput tail:\n{process.Output.Tail(MessageOutputTail)}");
        }

        // The exit can be seen before the last lines arrive; the reason WireMock refused to start is in them.
        await process.WaitForExitAsync(OutputDrain).ConfigureAwait(false);
        var output = process.Output.Tail(MessageOutputTail);
        return new WireMockException(
            $"WireMock serving {launch.RootDirectory} exited with code {process.ExitCode} before it was ready." +
            $"\nCommand: {commandLine}\nOutput tail:\n{output}")
        {
            IsPortConflict = BindFailures.Any(failure => output.Contains(failure, StringComparison.Ordinal)),
        };
    }
}
