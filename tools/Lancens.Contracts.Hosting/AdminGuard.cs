using System.Net;
using System.Security.Cryptography;
using System.Text;
using Lancens.Contracts.Model.Mocking;
using Microsoft.AspNetCore.Http;

namespace Lancens.Contracts.Hosting;

/// <summary>
/// Who may use the admin endpoints: loopback clients only, unless an admin key is set; then anyone who sends it, and
/// no one who does not. The peer address is the socket's: forwarding headers are never trusted. The engine's endpoints
/// and the proxy's are guarded alike.
/// </summary>
/// <param name="endpoints">What the refusals call the endpoints, e.g. <c>admin endpoints</c>.</param>
/// <param name="starter">What the refusals say was started with the key, e.g. <c>serve</c>.</param>
public sealed class AdminGuard(string? adminKey, string endpoints, string starter)
{
    public const string KeyHeader = MockControl.AdminKeyHeader;

    // A blank key would match a request that sends none (HTTP trims spaces), opening the endpoints to every peer.
    private readonly byte[]? _key = adminKey switch
    {
        null => null,
        _ when string.IsNullOrWhiteSpace(adminKey) => throw new ArgumentException("The admin key must not be empty or blank: a request that sends no key would match it.", nameof(adminKey)),
        _ => Encoding.UTF8.GetBytes(adminKey),
    };

    /// <summary>Whether the endpoints are open to whoever has a key (rather than to loopback clients only).</summary>
    public bool HasKey => _key is not null;

    /// <summary>Null when the request may proceed; otherwise why not.</summary>
    public string? Refusal(HttpContext context)
    {
        if (_key is null)
        {
            return context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
                ? null
                : $"the {endpoints} answer loopback clients only; start {starter} with --admin-key to open them to others";
        }

        var sent = context.Request.Headers[KeyHeader].ToString();
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), _key)
            ? null
            : $"the {endpoints} need the {KeyHeader} header with the key {starter} was started with";
    }
}
