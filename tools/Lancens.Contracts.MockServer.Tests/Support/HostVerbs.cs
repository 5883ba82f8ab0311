using System.Text.Json.Nodes;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Support;

/// <summary>The host's verbs over <see cref="ApiClient"/>, each operation found by its effect, so tests read like journeys.</summary>
internal static class HostVerbs
{
    private static ApiSpecification Spec => TestSpec.Spec;

    public static ApiOperation Operation(EffectAction action, string? resource = null) => Spec.OperationFor(action, resource);

    /// <summary>Logs in and answers the session; fails the test unless login answered its documented success.</summary>
    public static async Task<Session> LoginAsync(this ApiClient client, string username, string password)
    {
        var login = Operation(EffectAction.Login);
        var answer = await client.SendAsync(login, body: RequestBodies.Login(username, password));
        answer.Status.ShouldBe(login.Success.Status, answer.ToString());
        var json = answer.Json!.Value;
        return new Session(
            username,
            password,
            json.GetProperty(LoginProperty(SessionPart.Token)).GetString()!,
            json.GetProperty(LoginProperty(SessionPart.UserId)).GetInt64());
    }

    public static Task<ApiAnswer> TryLoginAsync(this ApiClient client, string username, string password) =>
        client.SendAsync(Operation(EffectAction.Login), body: RequestBodies.Login(username, password));

    public static Task<ApiAnswer> LogoutAsync(this ApiClient client, Session session) =>
        client.SendAsync(Operation(EffectAction.Logout), body: RequestBodies.Logout(session.Username, session.Token));

    public static Task<ApiAnswer> RegisterAsync(this ApiClient client, Session session, string resource, JsonObject body) =>
        client.SendAsync(Operation(EffectAction.Register, resource), session.Token, body);

    public static Task<ApiAnswer> RegisterAsync(this ApiClient client, Session session, string resource, string pushToken) =>
        client.RegisterAsync(session, resource, RequestBodies.Registration(resource, pushToken));

    public static Task<ApiAnswer> QueryAsync(this ApiClient client, Session session, string resource) =>
        client.SendAsync(Operation(EffectAction.Query, resource), session.Token);

    public static Task<ApiAnswer> UpdateAsync(this ApiClient client, Session session, string resource, string serial, JsonObject body) =>
        client.SendAsync(Operation(EffectAction.Update, resource), session.Token, body, serial);

    public static Task<ApiAnswer> DeleteAsync(this ApiClient client, Session session, string resource, string serial) =>
        client.SendAsync(Operation(EffectAction.DeleteOne, resource), session.Token, serial: serial);

    public static Task<ApiAnswer> ClearAsync(this ApiClient client, Session session, string resource) =>
        client.SendAsync(Operation(EffectAction.Clear, resource), session.Token);

    /// <summary>The login answer's property that carries a session part, e.g. the token.</summary>
    public static string LoginProperty(SessionPart part) =>
        Operation(EffectAction.Login).Success.Schema.PropertyFor(part) ?? throw new InvalidOperationException($"the login answer carries no {part}");
}
