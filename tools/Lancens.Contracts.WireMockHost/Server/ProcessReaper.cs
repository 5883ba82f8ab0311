using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace Lancens.Contracts.WireMockHost;

/// <summary>Kills still-running WireMock processes when this .NET process ends, so no orphan outlives a test run.</summary>
/// <remarks>
/// Since .NET 10 a termination signal no longer raises ProcessExit, so the signals are watched as well. A handler
/// that already cancelled the signal (a host shutting down gracefully) is left to stop the servers itself.
/// </remarks>
internal static class ProcessReaper
{
    private static readonly ConcurrentDictionary<Process, byte> Running = new();

    // Held so the registrations are not finalised, which would unregister them.
    private static readonly PosixSignalRegistration[] SignalRegistrations = RegisterSignals();

    static ProcessReaper()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        var loadContext = AssemblyLoadContext.GetLoadContext(typeof(ProcessReaper).Assembly);
        if (loadContext is not null)
        {
            loadContext.Unloading += _ => KillAll();
        }
    }

    public static void Track(Process process) => Running.TryAdd(process, 0);

    public static void Untrack(Process process) => Running.TryRemove(process, out _);

    public static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
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
        foreach (var process in Running.Keys)
        {
            Kill(process);
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
