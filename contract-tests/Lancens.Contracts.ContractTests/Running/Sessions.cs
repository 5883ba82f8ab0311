using System.Collections.Concurrent;
using System.Text.Json;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Running;

/// <summary>
/// The logged-in sessions of the accounts a run uses: each account logs in on first use, and again after anything
/// ended its session (a login or logout by a check, a reset of the mock).
/// </summary>
internal sealed class Sessions(ApiSpecification spec, HttpTransport transport, ActionRequests actions, SecretScrubber scrubber)
{
    private readonly ConcurrentDictionary<string, LoginSession> _current = new(StringComparer.Ordinal);

    public async Task<LoginSession> CurrentAsync(Account account, CancellationToken cancellationToken) =>
        _current.TryGetValue(account.Username, out var session) ? session : await LoginAsync(account, cancellationToken);

    /// <summary>After a login or logout by a check, the account's next request logs in again.</summary>
    public void Invalidate(string username) => _current.TryRemove(username, out _);

    public void InvalidateAll() => _current.Clear();

    /// <summary>A new login: a new token, which becomes the account's current session.</summary>
    public async Task<LoginSession> LoginAsync(Account account, CancellationToken cancellationToken)
    {
        var (operation, request) = actions.Login();
        var response = await transport.SendAsync(request, new LoginSession(account.Username, account.Password, Token: string.Empty), cancellationToken);
        var login = response.IsSuccess ? spec.LoginAnswer.Read(response.Body) : null;
        if (login is null)
        {
            throw new InvalidOperationException($"The run could not log in: {operation.Route} answered {response} (account and password not shown).");
        }

        // The new token and the other per-login secrets are masked from now on.
        scrubber.Add(login.Token);
        foreach (var name in operation.Success.Schema.VolatileProperties.Where(pair => pair.Value == VolatileValue.Random).Select(pair => pair.Key))
        {
            scrubber.Add(response.Property(name) is { ValueKind: JsonValueKind.String } secret ? secret.GetString() : null);
        }

        var session = new LoginSession(account.Username, account.Password, login.Token, login.UserId);
        _current[account.Username] = session;
        return session;
    }
}
