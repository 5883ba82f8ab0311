using System.Net;
using Lancens.Contracts.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lancens.Contracts.MockServer.Tests.Admin;

/// <summary>
/// Who may use the admin endpoints, on requests made up here (no test can connect from another machine): without a
/// key, loopback peers only, by the socket's address, whatever forwarding headers claim; with a key, whoever sends
/// it, loopback included, and no one else.
/// </summary>
public sealed class AdminGuardTests
{
    private const string Key = "the-admin-key-of-this-test";

    public static TheoryData<string> Loopback => ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"];

    public static TheoryData<string> Remote => ["10.0.0.5", "192.168.1.20", "::ffff:10.0.0.5", "fe80::1", "0.0.0.0"];

    [Theory]
    [MemberData(nameof(Loopback))]
    public void NoKey_LoopbackPeer_MayProceed(string peer) =>
        new AdminGuard(null, "admin endpoints", "serve").Refusal(Request(peer)).ShouldBeNull();

    [Theory]
    [MemberData(nameof(Remote))]
    public void NoKey_RemotePeer_IsRefusedWhateverForwardingHeadersClaim(string peer)
    {
        var guard = new AdminGuard(null, "admin endpoints", "serve");

        guard.Refusal(Request(peer)).ShouldNotBeNull();
        guard.Refusal(Request(peer, ("X-Forwarded-For", "127.0.0.1"))).ShouldNotBeNull();
        guard.Refusal(Request(peer, ("Forwarded", "for=127.0.0.1"), ("X-Real-IP", "127.0.0.1"), ("Host", "127.0.0.1"))).ShouldNotBeNull();
        guard.Refusal(Request(peer, (AdminGuard.KeyHeader, Key))).ShouldNotBeNull();
    }

    [Fact]
    public void NoKey_PeerWithoutAnAddress_IsRefused() =>
        new AdminGuard(null, "admin endpoints", "serve").Refusal(new DefaultHttpContext()).ShouldNotBeNull();

    [Theory]
    [MemberData(nameof(Remote))]
    [MemberData(nameof(Loopback))]
    public void Key_AnyPeerSendingIt_MayProceed(string peer) =>
        new AdminGuard(Key, "admin endpoints", "serve").Refusal(Request(peer, (AdminGuard.KeyHeader, Key))).ShouldBeNull();

    [Theory]
    [MemberData(nameof(Loopback))]
    [MemberData(nameof(Remote))]
    public void Key_AnyPeerNotSendingIt_IsRefused(string peer)
    {
        var guard = new AdminGuard(Key, "admin endpoints", "serve");

        guard.Refusal(Request(peer)).ShouldNotBeNull();
        foreach (var wrong in new[] { string.Empty, Key.ToUpperInvariant(), Key[..^1], Key + "x", $"{Key},{Key}" })
        {
            guard.Refusal(Request(peer, (AdminGuard.KeyHeader, wrong))).ShouldNotBeNull($"'{wrong}'");
        }
    }

    [Fact]
    public void Refusal_Message_NamesTheWayInButNeverTheKey()
    {
        var refusal = new AdminGuard(Key, "admin endpoints", "serve").Refusal(Request("10.0.0.5"));

        refusal.ShouldNotBeNull();
        refusal.ShouldContain(AdminGuard.KeyHeader);
        refusal.ShouldNotContain(Key);
    }

    // An empty key matches a request that sends none: it would open the endpoints to every peer.
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Key_EmptyOrBlank_IsRefusedAtConstruction(string key) =>
        Should.Throw<ArgumentException>(() => new AdminGuard(key, "admin endpoints", "serve"));

    private static DefaultHttpContext Request(string peer, params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
        foreach (var (name, value) in headers)
        {
            context.Request.Headers[name] = value;
        }

        return context;
    }
}
