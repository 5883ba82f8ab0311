using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Tls;

namespace Lancens.Contracts.Proxy;

/// <summary>How to start the proxy; every default is what <c>lancens proxy</c> uses, except the port (0: a free one).</summary>
public sealed record LancensProxyOptions
{
    /// <summary>The host to forward to: its base URL (<c>https://weixin.lancens.com:6443/v1/api</c>) or its root.</summary>
    public required Uri Upstream { get; init; }

    /// <summary>The spec exchanges are judged by; the one this build carries (<see cref="ApiSpecification.Bundled"/>) when null.</summary>
    public ApiSpecification? Spec { get; init; }

    public string BindAddress { get; init; } = MockDefaults.BindAddress;

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>When set, serve HTTPS only, with the server certificate of this throwaway CA (a phone trusts its ca.pem).</summary>
    public ThrowawayTls? Https { get; init; }

    /// <summary>A PEM file of extra certificate authorities to trust for the upstream, as the live suite's LANCENS_CA_CERT; the upstream's certificate is always verified.</summary>
    public string? UpstreamCaCertificate { get; init; }

    /// <summary>How long the upstream may stay silent before the client gets 504.</summary>
    public TimeSpan UpstreamTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>When set, every exchange is appended to this HAR 1.2 file, every secret replaced by a placeholder.</summary>
    public string? RecordPath { get; init; }

    /// <summary>Where the drift report goes on stop and on demand; none is written when null.</summary>
    public string? ReportDirectory { get; init; }

    /// <summary>How many exchanges the proxy keeps for <c>/__lancens/exchanges</c>; older ones are only counted.</summary>
    public int ExchangesKept { get; init; } = MockDefaults.JournalEntries;

    /// <summary>When set, the admin endpoints answer anyone who sends it, and no one else; when null, loopback clients only.</summary>
    public string? AdminKey { get; init; }

    /// <summary>Where a line per violation goes (client, host or upstream), never with a secret; nowhere when null.</summary>
    public TextWriter? Console { get; init; }

    /// <summary>The clock exchanges are stamped and expiries judged by; tests pass their own.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    public override string ToString() =>
        $"LancensProxyOptions {{ Upstream = {Upstream}, BindAddress = {BindAddress}, Port = {Port}, Https = {Https is not null}, Record = {RecordPath ?? "none"}, AdminKey = {(AdminKey is null ? "none" : "***")} }}";
}
