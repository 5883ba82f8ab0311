using Lancens.Contracts.ContractTests.Running;

namespace Lancens.Contracts.ContractTests.Targets;

/// <summary>
/// Removes from a live host what the run registered, whatever failed: a fresh login (the host deletes the
/// user's push tokens at login), a clear of every kind the run touched, then a logout.
/// </summary>
internal static class LiveCleanup
{
    public static async Task<string> RunAsync(ContractTarget.Runtime runtime, RegistrationLedger ledger, SecretScrubber scrubber)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var done = new List<string>();
        try
        {
            var values = await runtime.Session.LoginAsync(timeout.Token);
            foreach (var resource in ledger.Resources)
            {
                var response = await runtime.Transport.SendAsync(runtime.Actions.Clear(resource).Request, values, timeout.Token);
                done.Add($"cleared {resource} ({response.Status})");
            }

            var logout = await runtime.Transport.SendAsync(runtime.Actions.Logout().Request, values, timeout.Token);
            done.Add($"logged out ({logout.Status})");
            return $"Live cleanup: logged in again, {string.Join(", ", done)}.";
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or OperationCanceledException)
        {
            return scrubber.Scrub($"Live cleanup FAILED after [{string.Join(", ", done)}]: {exception.Message}");
        }
    }
}
