using Lancens.Contracts.Benchmarks.Requests;
using Lancens.Contracts.Benchmarks.Servers;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Benchmarks.Measuring;

/// <summary>
/// Before the repeated workloads: the setup account logs in and registers its push token, so the query answers a record
/// and every request carries a token the server issued.
/// </summary>
internal static class ServerSetup
{
    public static async Task<LoginSession> LogInAndRegisterAsync(HttpClient client, ServerUnderTest server, BenchmarkRequests requests, CancellationToken cancellationToken)
    {
        var account = requests.SetupAccount;
        var login = requests.Login.Fill(new LoginSession(account.Username, account.Password, Token: string.Empty));
        var answer = await OneRequest.SendAsync(client, login, server.ApiBase, cancellationToken);
        var session = answer.Status == requests.Login.Expected.Status ? requests.SessionOf(account, answer) : null;
        if (session is null)
        {
            throw new BenchmarkException($"{server} answered the setup's {login} with {answer.Status} {answer.Body}: no login token.");
        }

        var register = requests.Register.Fill(session);
        answer = await OneRequest.SendAsync(client, register, server.ApiBase, cancellationToken);
        return answer.Status == requests.Register.Expected.Status
            ? session
            : throw new BenchmarkException($"{server} answered the setup's {register} with {answer.Status} {answer.Body}.");
    }
}
