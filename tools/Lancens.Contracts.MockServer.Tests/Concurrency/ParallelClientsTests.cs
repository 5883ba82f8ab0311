using System.Text.Json;
using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Concurrency;

/// <summary>
/// Many clients at once, each with an account of its own doing whole journeys (login, register both kinds, query,
/// update, delete, query, logout): every answer is the documented one its own journey expects, no answer carries
/// another account's push token, and what the engine remembers at the end is exactly what each journey left.
/// </summary>
public sealed class ParallelClientsTests(ITestOutputHelper output)
{
    private const int Clients = 32;
    private const int Rounds = 25;

    private static ApiSpecification Spec => TestSpec.Spec;

    [Fact(Timeout = 120_000)]
    public async Task Journeys_ManyClientsInParallel_AnswerAsDocumentedAndLeaveEachAccountItsOwnState()
    {
        await using var engine = await Engine.StartAsync();
        using var client = new ApiClient(engine.Mock.RootUrl, new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = Clients });
        var started = System.Diagnostics.Stopwatch.StartNew();

        var journeys = await Task.WhenAll(Enumerable.Range(0, Clients).Select(index => Task.Run(() => JourneysAsync(client, index))));

        var exchanges = journeys.SelectMany(journey => journey.Exchanges).ToList();
        output.WriteLine($"{Clients} clients x {Rounds} rounds: {exchanges.Count} requests in {started.ElapsedMilliseconds} ms");
        exchanges.Select(exchange => AnswerChecks.Documented(exchange.Operation, exchange.Answer)).OfType<string>().ShouldBeEmpty();
        exchanges.Where(exchange => exchange.Answer.Status != exchange.ExpectedStatus || (exchange.ExpectedMessage is { } message && exchange.Answer.Message != message))
            .Select(exchange => $"client {exchange.Client} {exchange.Operation.Id}: expected {exchange.ExpectedStatus} {exchange.ExpectedMessage}, got {exchange.Answer}")
            .ShouldBeEmpty();
        exchanges.Where(exchange => PushTokenIn(exchange) is { } token && !token.StartsWith(Prefix(exchange.Client), StringComparison.Ordinal))
            .Select(exchange => $"client {exchange.Client} saw {PushTokenIn(exchange)}")
            .ShouldBeEmpty();

        var accounts = engine.Mock.Accounts.ToDictionary(account => account.Username);
        accounts.Count.ShouldBe(Clients);
        accounts.Values.Select(account => account.UserId).Distinct().Count().ShouldBe(Clients);
        foreach (var journey in journeys)
        {
            var account = accounts[journey.Username];
            account.LiveSessions.ShouldBe(1, journey.Username);
            account.Registrations.Keys.ShouldBe([Spec.Resources[0]], journey.Username);
            account.Registrations[Spec.Resources[0]][RequestBodies.KeyName(Spec.Resources[0])].GetString().ShouldBe(journey.LastPushToken);
        }
    }

    // Each round logs in, registers both kinds, updates the first, deletes the second and logs out; the last round
    // stays logged in, so the end state is known: one session and the first kind's updated push token.
    private static async Task<Journey> JourneysAsync(ApiClient client, int index)
    {
        var (ring, message) = (Spec.Resources[0], Spec.Resources[1]);
        var exchanges = new List<Exchange>();
        var username = FieldValues.Username($"client-{index:D2}");
        var password = FieldValues.Password($"password-{index:D2}");
        var lastPushToken = string.Empty;

        // Each request's expected answer is its operation's success, or the error of the category given.
        async Task<ApiAnswer> Send(EffectAction action, string? resource, ErrorCategory? expected, Func<ApiOperation, Task<ApiAnswer>> send)
        {
            var operation = Spec.OperationFor(action, resource);
            var answer = await send(operation);
            var error = expected is { } category ? operation.Error(category) : null;
            exchanges.Add(new Exchange(index, operation, error?.Status ?? operation.Success.Status, error?.Message, answer));
            return answer;
        }

        for (var round = 0; round < Rounds; round++)
        {
            var login = await Send(EffectAction.Login, null, null, operation => client.SendAsync(operation, body: RequestBodies.Login(username, password)));
            var token = login.Json!.Value.GetProperty(HostVerbs.LoginProperty(SessionPart.Token)).GetString()!;
            var session = new Session(username, password, token, 0);
            var (ringToken, messageToken) = ($"{Prefix(index)}{round:D3}-{ring}", $"{Prefix(index)}{round:D3}-{message}");
            lastPushToken = $"{ringToken}-updated";

            await Send(EffectAction.Register, ring, null, _ => client.RegisterAsync(session, ring, ringToken));
            await Send(EffectAction.Register, message, null, _ => client.RegisterAsync(session, message, messageToken));
            await Send(EffectAction.Query, ring, null, _ => client.QueryAsync(session, ring));
            await Send(EffectAction.Update, ring, null, _ => client.UpdateAsync(session, ring, ringToken, RequestBodies.Update(ring, lastPushToken)));
            await Send(EffectAction.Query, ring, null, _ => client.QueryAsync(session, ring));
            await Send(EffectAction.DeleteOne, message, null, _ => client.DeleteAsync(session, message, messageToken));
            await Send(EffectAction.Query, message, ErrorCategory.NoData, _ => client.QueryAsync(session, message));
            await Send(EffectAction.Update, message, ErrorCategory.NoData, _ => client.UpdateAsync(session, message, messageToken, RequestBodies.Update(message, "x")));
            if (round < Rounds - 1)
            {
                await Send(EffectAction.Logout, null, null, _ => client.LogoutAsync(session));
                await Send(EffectAction.Query, ring, ErrorCategory.InvalidToken, _ => client.QueryAsync(session, ring));
            }
        }

        return new Journey(username, lastPushToken, exchanges);
    }

    private static string Prefix(int client) => $"c{client:D2}-";

    private static string? PushTokenIn(Exchange exchange) =>
        exchange.Answer.Json is { ValueKind: JsonValueKind.Object } json
            && exchange.Operation.Effect.Resource is { } resource
            && json.TryGetProperty(RequestBodies.KeyName(resource), out var token)
            ? token.GetString()
            : null;

    private sealed record Exchange(int Client, ApiOperation Operation, int ExpectedStatus, string? ExpectedMessage, ApiAnswer Answer);

    private sealed record Journey(string Username, string LastPushToken, IReadOnlyList<Exchange> Exchanges);
}
