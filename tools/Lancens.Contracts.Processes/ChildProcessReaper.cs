using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace Lancens.Contracts.Processes;

/// <summary>Kills still-running child processes when this .NET process ends, so no orphan (a JVM above all) outlives a run.</summary>
/// <remarks>
/// Since .NET 10 a termination signal no longer raises ProcessExit, so the signals are watched as well. A handler that
/// already cancelled the signal (a host shutting down gracefully, like lancens serve) is left to stop its children itself.
/// A child is tracked only until it exits, disposed or not: the system may give its id to another process at once, and
/// that one must never be killed.
/// </remarks>
internal static class ChildProcessReaper
{
    // Each running child's id, and the task that completes once it has exited and its output has been read to its end.
    private static readonly ConcurrentDictionary<int, Task> Running = new();

    // Held so the registrations are not finalised, which would unregister them.
    private static readonly PosixSignalRegistration[] SignalRegistrations = RegisterSignals();

    static ChildProcessReaper()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        var loadContext = AssemblyLoadContext.GetLoadContext(typeof(ChildProcessReaper).Assembly);
        if (loadContext is not null)
        {
            loadContext.Unloading += _ => KillAll();
        }
    }

    /// <param name="exited">Completes when the process has exited: it is untracked then.</param>
    public static void Track(int processId, Task exited)
    {
        Running[processId] = exited;
        // Removed only while it is still this child's entry, so a later child given the same id stays tracked.
        exited.ContinueWith(
            _ => Running.TryRemove(KeyValuePair.Create(processId, exited)),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private static void Kill(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            process.Kill(entireProcessTree: true);
        }
        catch (ArgumentException)
        {
            // No longer running.
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        catch (Win32Exception)
        {
            // Exiting right now, or gone.
        }
    }

    private static void KillAll()
    {
        foreach (var (processId, exited) in Running)
        {
            if (!exited.IsCompleted)
            {
                Kill(processId);
            }
        }
    }

    private static PosixSignalRegistration[] RegisterSignals()
    {
        var signals = OperatingSystem.IsWindows()
            ? new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM }
            : [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP];
        return [.. signals.Select(signal => PosixSignalRegistration.Create(signal, OnSignal))];
    }

    private static void OnSignal(PosixSignalContext context)
    {
        if (!context.Cancel)
        {
            KillAll();
        }
    }
}
