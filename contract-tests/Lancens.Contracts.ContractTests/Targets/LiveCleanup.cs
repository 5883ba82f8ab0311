using Lancens.Contracts.ContractTests.Running;

namespace Lancens.Contracts.ContractTests.Targets;

/// <summary>
/// Removes from a live host what the run registered, whatever failed: for each account that registered, a fresh login
/// (the host deletes the user's push tokens at login), a clear of every kind it touched, then a logout.
/// </summary>
internal static class LiveCleanup
{
    public static async Task<string> RunAsync(SuiteRuntime runtime)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var done = new List<string>();
        try
        {
            foreach (var (account, resources) in runtime.Ledger.Touched())
            {
                var session = await runtime.Sessions.LoginAsync(account, timeout.Token);
                foreach (var resource in resources)
                {
                    var response = await runtime.Transport.SendAsync(runtime.Actions.Clear(resource).Request, session, timeout.Token);
                    done.Add($"cleared {resource} ({response.Status})");
                }

                var logout = await runtime.Transport.SendAsync(runtime.Actions.Logout().Request, session, timeout.Token);
                done.Add($"logged out ({logout.Status})");
            }

            return $"Live cleanup: {(done.Count == 0 ? "nothing was registered" : string.Join(", ", done))}.";
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or OperationCanceledException)
        {
            return runtime.Scrubber.Scrub($"Live cleanup FAILED after [{string.Join(", ", done)}]: {exception.Message}");
        }
    }
}
