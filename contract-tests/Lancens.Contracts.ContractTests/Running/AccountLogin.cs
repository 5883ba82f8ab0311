using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Running;

/// <summary>The logged-in account: logs in on first use and again after anything that ended the session.</summary>
internal sealed class AccountLogin(HttpTransport transport, ActionRequests actions, string username, string password, SecretScrubber scrubber)
{
    private LoginSession? _current;

    public async Task<LoginSession> CurrentAsync(CancellationToken cancellationToken) =>
        _current ??= await LoginAsync(cancellationToken);

    /// <summary>After a login or logout by a test, the next request logs in again.</summary>
    public void Invalidate() => _current = null;

    public async Task<LoginSession> LoginAsync(CancellationToken cancellationToken)
    {
        var (operation, request) = actions.Login();
        var account = new LoginSession(username, password, Token: string.Empty);
        var response = await transport.SendAsync(request, account, cancellationToken);
        var schema = operation.Success.Schema;
        var tokenProperty = schema.SessionProperties.Single(pair => pair.Value == SessionPart.Token).Key;
        var token = response.IsSuccess ? response.StringProperty(tokenProperty) : null;
        if (token is null)
        {
            throw new InvalidOperationException($"The run could not log in: {operation.Route} answered {response} (account and password not shown).");
        }

        // The new token and the other per-login secrets are masked from now on.
        foreach (var name in schema.VolatileProperties.Where(pair => pair.Value == VolatileValue.Random).Select(pair => pair.Key))
        {
            scrubber.Add(response.StringProperty(name));
        }

        _current = account with { Token = token };
        return _current;
    }
}
